import { connect, type Socket } from 'node:net'
import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'

/** What nodemailer's pool passes to `getSocket`: the transport's options. */
interface SocketRequest {
  host?: string
  port: number
  connectionTimeout?: number
}

/**
 * Connections for nodemailer's pool with Nagle's algorithm off: with it on,
 * a message written in several pieces waits for the server's delayed ACK,
 * some 40 ms a message even on loopback, and nodemailer has no option for it.
 * The pool takes only an opened connection from `getSocket` (a `socket` to
 * connect is ignored), so this opens it, within nodemailer's connection
 * timeout (2 minutes unless set); nodemailer does the rest (greeting, EHLO,
 * STARTTLS, AUTH).
 */
function noDelayConnection(
  { host, port, connectionTimeout = 120_000 }: SocketRequest,
  callback: (error: Error | null, socketOptions?: { connection: Socket }) => void
) {
  const socket = connect({ host, port, noDelay: true, keepAlive: true })
  const fail = (error: Error) => {
    socket.off('timeout', timedOut)
    socket.destroy()
    callback(error)
  }
  const timedOut = () => fail(new Error(`SMTP connection to ${host}:${port} timed out`))
  socket.setTimeout(connectionTimeout, timedOut)
  socket.once('error', fail)
  socket.once('connect', () => {
    socket.off('error', fail)
    socket.off('timeout', timedOut)
    socket.setTimeout(0)
    callback(null, { connection: socket })
  })
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
      ...{ getSocket: noDelayConnection },
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
