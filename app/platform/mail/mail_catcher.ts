import http from 'node:http'
import logger from '@adonisjs/core/services/logger'

interface CaughtMail {
  id: number
  from: string
  to: string[]
  subject: string
  receivedAt: string
  html: string | null
  text: string | null
  raw: string
}

/**
 * Development SMTP catcher (MailHog-style): accepts every message on SMTP
 * port 1025 and shows them at http://localhost:8025. Never used in production.
 */
export class MailCatcher {
  private mails: CaughtMail[] = []
  private closers: (() => Promise<void>)[] = []

  async start(smtpPort: number, httpPort: number) {
    const { SMTPServer } = await import('smtp-server')
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // On stop, connections still open (the app's pooled SMTP client keeps one) are closed
      // after this long; smtp-server waits 30 s by default, which held the dev server's exit.
      closeTimeout: 200,
      onData: (stream, session, done) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          this.store(Buffer.concat(chunks).toString('utf8'), session.envelope)
          done()
        })
      },
    })
    const web = http.createServer((req, res) => this.serve(req, res))
    await listen(smtp, smtpPort)
    await listen(web, httpPort)
    this.closers = [
      () => new Promise((r) => smtp.close(() => r())),
      () =>
        new Promise((r) => {
          web.close(() => r())
          web.closeAllConnections()
        }),
    ]
    logger.info(
      `mail catcher: SMTP on 127.0.0.1:${smtpPort}, inbox at http://localhost:${httpPort}`
    )
  }

  async stop() {
    await Promise.all(this.closers.map((close) => close()))
  }

  private store(
    raw: string,
    envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }
  ) {
    const decoded = decodeQuotedPrintable(raw)
    this.mails.unshift({
      id: this.mails.length + 1,
      from: envelope.mailFrom ? envelope.mailFrom.address : '',
      to: envelope.rcptTo.map((r) => r.address),
      subject: /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '(no subject)',
      receivedAt: new Date().toISOString(),
      html: part(decoded, 'text/html'),
      text: part(decoded, 'text/plain'),
      raw,
    })
    this.mails.length = Math.min(this.mails.length, 200)
  }

  private serve(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/messages\/(\d+)$/.exec(url.pathname)
    if (url.pathname === '/api/messages') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify(this.mails.map(({ raw, ...mail }) => mail)))
    }
    if (match) {
      const mail = this.mails.find((m) => m.id === Number(match[1]))
      if (!mail) return notFound(res)
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end(mail.html ?? `<pre>${escape(mail.text ?? mail.raw)}</pre>`)
    }
    if (url.pathname !== '/') return notFound(res)
    const rows = this.mails
      .map(
        (m) =>
          `<tr><td>${m.receivedAt}</td><td>${escape(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escape(m.subject)}</a></td></tr>`
      )
      .join('')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      `<!doctype html><title>Marquee mail catcher</title><style>body{font-family:sans-serif;margin:2rem}td{padding:.3rem 1rem;border-bottom:1px solid #ddd}</style>` +
        `<h1>Marquee mail catcher</h1><p>${this.mails.length} message(s), newest first.</p><table>${rows}</table>`
    )
  }
}

function listen(
  server: {
    listen: (port: number, host: string, cb: () => void) => unknown
    once: (e: string, cb: (err: Error) => void) => unknown
  },
  port: number
) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
}

function part(message: string, type: string): string | null {
  const index = message.toLowerCase().indexOf(`content-type: ${type}`)
  if (index === -1) return null
  const body = message
    .slice(index)
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
  return body.split(/\r?\n--/)[0] ?? null
}

function decodeQuotedPrintable(raw: string) {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
}

function escape(value: string) {
  return value.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!
  )
}

function notFound(res: http.ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain' })
  res.end('not found')
}
