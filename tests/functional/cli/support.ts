import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import env from '#start/env'
import { run } from '#cli/main'

export const SERVER = `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT')}`

/** A config dir of its own, so each test starts logged out. */
export const configHome = () => mkdtempSync(join(tmpdir(), 'marquee-cli-'))

export interface CliOptions {
  home?: string
  /** Piped to stdin, which then ends. */
  stdin?: string
  env?: Record<string, string>
  /** Streams that say they are a terminal (stdin with raw mode), as when a person runs the CLI. */
  tty?: boolean
  /** Typed in turn, each once stderr shows its prompt since the previous answer; stdin stays open meanwhile. */
  answers?: [prompt: string, typed: string][]
}

/**
 * Starts the CLI in-process against the suite's HTTP server, with captured
 * streams; `output()` and `errors()` read what it printed so far.
 */
export function start(args: string[], options: CliOptions = {}) {
  const stdout = Object.assign(new PassThrough(), options.tty ? { isTTY: true, columns: 120 } : {})
  const stderr = Object.assign(new PassThrough(), options.tty ? { isTTY: true, columns: 120 } : {})
  const stdin = Object.assign(new PassThrough(), options.tty ? { isTTY: true, setRawMode: () => stdin } : {})
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk) => out.push(String(chunk)))
  const answers = [...(options.answers ?? [])]
  let answeredUpTo = 0
  stderr.on('data', (chunk) => {
    err.push(String(chunk))
    const shown = err.join('')
    const next = answers[0]
    if (next && shown.indexOf(next[0], answeredUpTo) >= 0) {
      answers.shift()
      answeredUpTo = shown.length
      setImmediate(() => stdin.write(next[1]))
    }
  })
  if (!options.answers) stdin.end(options.stdin ?? '')
  const done = run(args, { stdout, stderr, stdin, env: { XDG_CONFIG_HOME: options.home ?? configHome(), ...options.env } }).then((code) => {
    stdin.end()
    const text = out.join('')
    return { code, stdout: text, stderr: err.join(''), json: () => JSON.parse(text) }
  })
  return { done, output: () => out.join(''), errors: () => err.join('') }
}

/** Runs the CLI to its end; see {@link start}. */
export const cli = (args: string[], options: CliOptions = {}) => start(args, options).done

/** Runs with an admin's access token and the suite's server. */
export const as = (token: string, args: string[], options: CliOptions = {}) => cli([...args, '--server', SERVER, '--token', token], options)

/** Polls `check` until it holds, within a deadline. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition') {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
