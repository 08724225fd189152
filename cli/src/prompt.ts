import { createInterface } from 'node:readline/promises'
import { InterruptedError } from './errors.js'
import type { Io } from './io.js'

export async function readAll(io: Io) {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/** Ctrl-C at the prompt ends the line and rejects with an {@link InterruptedError}. */
export async function ask(io: Io, question: string) {
  const rl = createInterface({
    input: io.stdin,
    output: io.stderr,
    terminal: Boolean(io.stdin.isTTY),
  })
  const interrupted = new Promise<never>((_, reject) =>
    rl.once('SIGINT', () => {
      io.stderr.write('\n')
      reject(new InterruptedError())
    })
  )
  try {
    return (await Promise.race([rl.question(question), interrupted])).trim()
  } finally {
    rl.close()
  }
}

/** Reads a line in raw mode without echoing it (passwords). */
export function askHidden(io: Io, question: string): Promise<string> {
  const { stdin, stderr } = io
  stderr.write(question)
  stdin.setRawMode?.(true)
  stdin.resume()
  return new Promise((resolve, reject) => {
    let typed = ''
    const done = (error?: Error) => {
      stdin.off('data', onData)
      stdin.setRawMode?.(false)
      stdin.pause()
      stderr.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done()
        if (char === '\u0003') return done(new InterruptedError())
        if (char === '\u007F' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    stdin.on('data', onData)
  })
}

export async function confirm(io: Io, question: string) {
  return /^y(es)?$/i.test(await ask(io, `${question} [y/N] `))
}
