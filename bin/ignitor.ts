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
  const command = (await app.container.make('ace')).getMainCommand() as { devServer?: { close(): Promise<void> } } | undefined
  await command?.devServer?.close()
}

export function createIgnitor() {
  return new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', async () => {
      await closeDevServer(app)
      await app.terminate()
    })
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
}
