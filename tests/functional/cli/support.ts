import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import env from '#start/env'
import { run } from '#cli/main'

export const SERVER = `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT')}`

/** A config dir of its own, so each test starts logged out. */
export const configHome = () => mkdtempSync(join(tmpdir(), 'marquee-cli-'))

/** Runs the CLI in-process against the suite's HTTP server, with captured streams and no terminal. */
export async function cli(args: string[], options: { home?: string; stdin?: string; env?: Record<string, string> } = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const stdin = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk) => out.push(String(chunk)))
  stderr.on('data', (chunk) => err.push(String(chunk)))
  stdin.end(options.stdin ?? '')
  const code = await run(args, { stdout, stderr, stdin, env: { XDG_CONFIG_HOME: options.home ?? configHome(), ...options.env } })
  const text = out.join('')
  return { code, stdout: text, stderr: err.join(''), json: () => JSON.parse(text) }
}

/** Runs with an admin's access token and the suite's server. */
export const as = (token: string, args: string[]) => cli([...args, '--server', SERVER, '--token', token])
