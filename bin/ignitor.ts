/*
| The Ignitor shared by the HTTP server, ace and the test runner: application
| root, module importer and shutdown signals.
*/
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'
import type { ApplicationService } from '@adonisjs/core/types'

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

/**
 * `node ace serve` runs the HTTP server as a child process: on SIGTERM, stop
 * that child first, or the command waits for it (tens of seconds).
 */
async function closeDevServer(app: ApplicationService) {
  if (app.getEnvironment() !== 'console' || !app.container.hasBinding('ace')) return
  const ace = await app.container.make('ace')
  const command = ace.getMainCommand() as { devServer?: { close(): Promise<void> } } | undefined
  await command?.devServer?.close()
}

/**
 * A web process first reports itself not ready and ends its open SSE streams
 * (the HTTP server's graceful close waits for every open connection, and a
 * stream stays open until its client hangs up; clients reconnect to another
 * process), then serves the requests already on their way for DRAIN_MS: the
 * close would reset connections whose request has not been read yet.
 */
async function drainWebProcess(app: ApplicationService) {
  if (app.getEnvironment() !== 'web') return
  const { DRAIN_MS, startDraining } = await import('#platform/health/health_service')
  const { closeStreams } = await import('#platform/realtime/realtime_service')
  startDraining()
  closeStreams()
  await new Promise((resolve) => setTimeout(resolve, DRAIN_MS))
}

export function createIgnitor() {
  return new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    let stopping = false
    const stop = async () => {
      stopping = true
      await closeDevServer(app)
      await drainWebProcess(app)
      await app.terminate()
    }
    app.listen('SIGTERM', stop)
    // Ctrl+C stops a web process as gracefully as SIGTERM; a second Ctrl+C exits at once.
    app.listenIf(app.managedByPm2 || app.getEnvironment() === 'web', 'SIGINT', () =>
      stopping ? process.exit(130) : stop()
    )
  })
}
