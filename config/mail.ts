import { Socket } from 'node:net'
import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'

/**
 * Sockets for nodemailer, which connects them itself (its DNS lookup and
 * timeouts), with Nagle's algorithm off: with it on, each SMTP exchange waits
 * for the server's delayed ACK, about 40 ms a message even on loopback, and
 * nodemailer has no option for it.
 */
function noDelaySocket(
  _options: unknown,
  callback: (error: Error | null, socketOptions: { socket: Socket }) => void
) {
  const socket = new Socket()
  socket.setNoDelay(true)
  callback(null, { socket })
}

const mailConfig = defineConfig({
  default: 'smtp',
  from: { address: env.get('MAIL_FROM', 'no-reply@marquee.local'), name: 'Marquee' },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 1025),
      secure: false,
      ignoreTLS: true,
      // Up to 10 open connections per process (a worker runs 20 mail jobs at once), each reused for up to 100 messages.
      pool: true,
      maxConnections: 10,
      // getSocket is nodemailer's own option (not in @adonisjs/mail's type).
      ...{ getSocket: noDelaySocket },
      auth: env.get('SMTP_USERNAME')
        ? {
            type: 'login',
            user: env.get('SMTP_USERNAME')!,
            pass: env.get('SMTP_PASSWORD', ''),
          }
        : undefined,
    }),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
