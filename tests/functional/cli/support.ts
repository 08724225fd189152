import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { promisify } from 'node:util'
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
  /** The terminal's width (default 120). */
  columns?: number
  /** Typed in turn, each once stderr shows its prompt since the previous answer; stdin stays open meanwhile. */
  answers?: [prompt: string, typed: string][]
}

/**
 * Starts the CLI in-process against the suite's HTTP server, with captured
 * streams; `output()` and `errors()` read what it printed so far.
 */
export function start(args: string[], options: CliOptions = {}) {
  const terminal = { isTTY: true, columns: options.columns ?? 120 }
  const stdout = Object.assign(new PassThrough(), options.tty ? terminal : {})
  const stderr = Object.assign(new PassThrough(), options.tty ? terminal : {})
  const stdin = Object.assign(
    new PassThrough(),
    options.tty
      ? { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin }
      : {}
  )
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
  const done = run(args, {
    stdout,
    stderr,
    stdin,
    env: { XDG_CONFIG_HOME: options.home ?? configHome(), ...options.env },
  }).then((code) => {
    stdin.end()
    const text = out.join('')
    return { code, stdout: text, stderr: err.join(''), json: () => JSON.parse(text) }
  })
  return {
    done,
    output: () => out.join(''),
    errors: () => err.join(''),
    type: (text: string) => stdin.write(text),
  }
}

/** Runs the CLI to its end; see {@link start}. */
export const cli = (args: string[], options: CliOptions = {}) => start(args, options).done

/** Runs with an admin's access token and the suite's server. */
export const as = (token: string, args: string[], options: CliOptions = {}) =>
  cli([...args, '--server', SERVER, '--token', token], options)

let built: Promise<unknown> | undefined

/** Compiles the CLI once per test process (`npm run cli:build`), for tests that run it as real processes. */
export const buildCli = () =>
  (built ??= promisify(execFile)(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'cli',
  ]))

/**
 * Runs the built `marquee` as its own process (asynchronously: the suite's
 * server lives in this process and must keep answering).
 */
export function spawnCli(args: string[], options: { home: string; env?: Record<string, string> }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['cli/build/bin/marquee.js', ...args],
      { env: { PATH: process.env.PATH ?? '', XDG_CONFIG_HOME: options.home, ...options.env } },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        })
    )
  })
}

/** The config file of a test's config dir, read and rewritten as JSON. */
export const configFile = (home: string) => {
  const path = join(home, 'marquee', 'config.json')
  return {
    path,
    read: () => JSON.parse(readFileSync(path, 'utf8')),
    write: (config: unknown) => writeFileSync(path, JSON.stringify(config)),
  }
}
