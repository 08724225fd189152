import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

interface Held {
  to: string[]
  session: string
  accept: () => void
}

/**
 * An SMTP server (smtp-server) that can hold messages before acknowledging
 * them. A held message counts as delivered only once released; if the client
 * disconnects first (its process was killed), the message is dropped, as a
 * real server drops a message whose DATA it never acknowledged.
 */
export class GatedSmtp {
  accepted: { to: string[]; raw: string }[] = []
  #held: Held[] = []
  #holding = false
  #server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address)
        const accept = () => {
          this.accepted.push({ to, raw: Buffer.concat(chunks).toString('utf8') })
          callback()
        }
        if (this.#holding) this.#held.push({ to, session: session.id, accept })
        else accept()
      })
    },
    onClose: (session) => {
      this.#held = this.#held.filter((held) => held.session !== session.id)
    },
  })

  get port() {
    return (this.#server.server.address() as AddressInfo).port
  }

  get held() {
    return this.#held.length
  }

  start() {
    return new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(0, '127.0.0.1', () => resolve())
    })
  }

  stop() {
    return new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  hold() {
    this.#holding = true
  }

  /** Acknowledges the held messages and every later one. */
  release() {
    this.#holding = false
    const held = this.#held
    this.#held = []
    for (const message of held) message.accept()
  }

  to(address: string) {
    return this.accepted.filter((message) => message.to.includes(address))
  }
}
