import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { onRedisAvailable, redisUp } from '#platform/runtime/redis_state'

/**
 * Development only, in the web server process:
 * - a local mail catcher, so sent e-mails can be read at http://localhost:8025
 *   (MAIL_CATCHER=false turns it off, e.g. when MailHog already runs);
 * - with Redis, BullMQ workers, so queued jobs run without a separate
 *   `node ace queue:work` (DEV_WORKER=false turns them off). Without Redis the
 *   app runs jobs in-process; the workers start when it switches to Redis;
 * - with SCHEDULER_IN_PROCESS=true (`npm run demo` sets it), the scheduler
 *   loop of `node ace schedule:work`, so scheduled tasks run in the demo.
 */
if (app.inDev && app.getEnvironment() === 'web') {
  if (env.get('MAIL_CATCHER', true)) {
    const { MailCatcher } = await import('#platform/mail/mail_catcher')
    const catcher = new MailCatcher()
    try {
      await catcher.start(env.get('SMTP_PORT', 1025), env.get('MAIL_CATCHER_PORT', 8025))
      app.terminating(() => catcher.stop())
    } catch (error) {
      console.warn(`mail catcher not started: ${(error as Error).message}`)
    }
  }
  if (env.get('DEV_WORKER', true)) {
    const { createWorkerPool, QUEUE_NAMES } = await import('#platform/queue/queue_service')
    const pool = await createWorkerPool({ queues: QUEUE_NAMES, concurrency: 2 })
    let started = false
    const start = () => {
      if (app.isTerminating) return
      started = true
      return pool.start()
    }
    if (redisUp()) app.ready(start)
    else onRedisAvailable(start)
    // The dev server stops within seconds: a job still running after 2 s runs again on the next start.
    app.terminating(() => (started ? pool.close(undefined, 2000) : undefined))
  }
  if (env.get('SCHEDULER_IN_PROCESS', false)) {
    const {
      default: Scheduler,
      SchedulerLoop,
      describeOutcome,
    } = await import('#platform/scheduler/scheduler')
    const { default: logger } = await import('@adonisjs/core/services/logger')
    const loop = new SchedulerLoop(await app.container.make(Scheduler), 'in-process', {
      onTick: (outcomes) =>
        outcomes.forEach((outcome) => logger.info(`scheduler: ${describeOutcome(outcome)}`)),
      onError: (error) => logger.error({ err: error }, 'scheduler tick failed'),
    })
    app.ready(() => loop.start())
    app.terminating(() => loop.stop())
  }
}
