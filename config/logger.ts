import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, destination, targets } from '@adonisjs/core/logger'

const loggerConfig = defineConfig({
  default: 'app',

  /**
   * The loggers object can be used to define multiple loggers.
   * By default, we configure only one logger (named "app").
   */
  loggers: {
    app: {
      enabled: true,
      name: 'marquee',
      level: env.get('LOG_LEVEL', app.inTest ? 'silent' : 'info'),
      // Production: JSON lines written to stdout by the main thread (pino's default, nothing lost
      // on a crash). A pino transport would run a worker thread, with its own V8 heap (15+ MB of
      // RSS), only to copy the same lines to the same file descriptor.
      ...(app.inProduction
        ? { destination: destination({ dest: 1, sync: true }) }
        : { transport: { targets: targets().push(targets.pretty()).toArray() } }),
    },
  },
})

export default loggerConfig

/**
 * Inferring types for the list of loggers you have configured
 * in your application.
 */
declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
