import { SMTPServer } from 'smtp-server'
import env from '#start/env'

export interface CapturedMail {
  from: string
  to: string[]
  raw: string
  subject: string
}

/**
 * A real SMTP server (smtp-server) the app delivers to during tests. Tests
 * read what arrived with `smtpSink.waitFor(predicate)`.
 */
class SmtpSink {
  messages: CapturedMail[] = []
  private server?: SMTPServer
  private waiters: { test: (m: CapturedMail) => boolean; resolve: (m: CapturedMail) => void }[] = []

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const subject = headerValue(raw, 'Subject')
          this.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: decodeQuotedPrintable(raw),
            subject,
          })
          callback()
        })
      },
    })
    const port = env.get('SMTP_PORT', 2526)
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
  }

  async stop() {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  private push(mail: CapturedMail) {
    this.messages.push(mail)
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(mail)) return true
      w.resolve(mail)
      return false
    })
  }

  /** Resolves with the first message (already received or arriving) that matches. */
  waitFor(test: (m: CapturedMail) => boolean, timeoutMs = 5000): Promise<CapturedMail> {
    const found = this.messages.find(test)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('expected e-mail did not arrive')), timeoutMs)
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m)
        },
      })
    })
  }

  to(address: string) {
    return this.messages.filter((m) => m.to.includes(address))
  }
}

/** A header's value: unfolded and with RFC 2047 encoded-words decoded. */
function headerValue(raw: string, name: string) {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? ''
  return line
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([\w-]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset, encoding, text) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m: string, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16))
              ),
            'latin1'
          ).toString('utf8')
    )
    .trim()
}

function decodeQuotedPrintable(raw: string) {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
}

export const smtpSink = new SmtpSink()
