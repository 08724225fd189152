import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import { destination, Logger } from '@adonisjs/core/logger'
import type { LoggerConfig } from '@adonisjs/core/types/logger'

/**
 * The logger of the workers' per-job lines (one per finished attempt: name,
 * task id, duration, outcome). In production the app logger writes each line
 * to stdout synchronously with a write call of its own: at thousands of jobs a
 * second that was a fifth of a no-op job's cost. These lines go through a
 * stdout stream of their own instead, written in chunks of about 4 KB (some
 * 20 lines) and at least every 100 ms; pino writes what is left when the
 * process exits, crash included. Only a process killed outright (SIGKILL, out
 * of memory) can lose its last 100 ms of job lines; the process's other lines
 * are still written at once. Outside production (pretty output in
 * development, silent tests) it is the app logger itself.
 */
export function jobLogger(): Logger {
  if (!app.inProduction) return logger
  const config = app.config.get<LoggerConfig | undefined>(
    `logger.loggers.${app.config.get<string>('logger.default')}`
  )
  if (!config?.enabled) return logger
  const stream = destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 })
  return new Logger({ ...config, destination: stream })
}
