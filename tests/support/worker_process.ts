import { spawn } from 'node:child_process'
import { APP_ROOT, childEnv, sharedServicesEnv } from '#tests/support/child_app'

const running = new Set<{
  kill: (signal: NodeJS.Signals) => boolean
  exited: Promise<number | null>
}>()

/**
 * Kills the workers a test left running (it failed before stopping them):
 * a stray worker holds SMTP and Redis connections, and the servers' close
 * would wait for it forever.
 */
export async function killStrayWorkers() {
  const strays = [...running]
  for (const worker of strays) worker.kill('SIGKILL')
  await Promise.all(strays.map((worker) => worker.exited))
}

/** `node ace queue:work …` in a child process. */
export function startWorker(args: string[], extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, ['ace.js', 'queue:work', ...args], {
    cwd: APP_ROOT,
    env: childEnv({ ...sharedServicesEnv('development'), ...extraEnv }),
  })
  let output = ''
  const listeners: (() => void)[] = []
  const onData = (chunk: Buffer) => {
    output += chunk
    listeners.forEach((listener) => listener())
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  )
  const handle = { kill: (signal: NodeJS.Signals) => child.kill(signal), exited }
  running.add(handle)
  exited.then(() => running.delete(handle))

  /** Resolves once the output matches; rejects if the process exits first or after `timeoutMs`. */
  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker output never matched ${pattern}:\n${output}`)),
        timeoutMs
      )
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer)
          resolve()
        }
      }
      listeners.push(check)
      check()
      exited.then((code) => {
        clearTimeout(timer)
        reject(new Error(`worker exited with ${code} before ${pattern}:\n${output}`))
      })
    })

  return {
    waitForOutput,
    exited,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    kill: handle.kill,
  }
}
