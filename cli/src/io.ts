import type { Readable, Writable } from 'node:stream'

export interface OutStream extends Writable {
  isTTY?: boolean
  columns?: number
}

export interface InStream extends Readable {
  isTTY?: boolean
  setRawMode?: (mode: boolean) => unknown
}

/** Everything the CLI touches of its process, so tests can run it in-process with captured streams. */
export interface Io {
  stdout: OutStream
  stderr: OutStream
  stdin: InStream
  env: Record<string, string | undefined>
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
})

/** Raw mode is what Ink's keyboard input needs; a pipe or a file has none. */
export const isRawModeSupported = (stdin: InStream) =>
  Boolean(stdin.isTTY && typeof stdin.setRawMode === 'function')
