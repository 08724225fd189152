import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** One scheduler tick: what the single cron line runs every minute. */
export default class ScheduleRun extends BaseCommand {
  static commandName = 'schedule:run'
  static description =
    'Run every scheduled task whose due time has come (install as one cron line, every minute)'
  static help = [
    'Runs each due task under its Redis lock (no overlap; with the cron line on several servers, one runs it),',
    'records each run in batch_runs (trigger schedule) and a scheduler heartbeat. A due time missed while no',
    'scheduler ran is made up once at the next tick if it is at most 24 hours old; older ones are dropped.',
    '```',
    '* * * * * cd /srv/marquee && node ace schedule:run 2>&1 | logger -t marquee-scheduler',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  async run() {
    const {
      default: Scheduler,
      describeOutcome,
      stamped,
    } = await import('#platform/scheduler/scheduler')
    const scheduler = await this.app.container.make(Scheduler)
    const outcomes = await scheduler.tick('cron')
    for (const outcome of outcomes) {
      const line = stamped(describeOutcome(outcome))
      if (outcome.outcome === 'failed') this.logger.error(line)
      else this.logger.log(line)
    }
    if (outcomes.some((outcome) => outcome.outcome === 'failed')) this.exitCode = 1
  }
}
