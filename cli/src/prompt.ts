import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
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
    const answer = await Promise.race([rl.question(question), interrupted])
    return answer.trim()
  } finally {
    rl.close()
  }
}

/**
 * Asks for a password on a terminal without echoing it (@inquirer/password,
 * loaded only here: commands that never ask do not pay for it). Ctrl-C
 * rejects with an {@link InterruptedError}. Off a terminal, read the
 * password from stdin instead ({@link readAll}).
 */
export async function askHidden(io: Io, question: string): Promise<string> {
  const { default: password } = await import('@inquirer/password')
  // The prompt ends its output stream when done; stderr must stay open for what follows.
  const output = Object.assign(
    new Writable({
      write: (chunk, encoding, callback) => io.stderr.write(chunk, encoding, callback),
    }),
    { isTTY: io.stderr.isTTY, columns: io.stderr.columns }
  )
  try {
    return await password(
      { message: question.trimEnd(), toggleMask: false },
      { input: io.stdin, output }
    )
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError()
    throw error
  }
}

export async function confirm(io: Io, question: string) {
  return /^y(es)?$/i.test(await ask(io, `${question} [y/N] `))
}
