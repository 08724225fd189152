import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** The scheduler in the foreground: a tick at once, then every minute, until SIGTERM/SIGINT. */
export default class ScheduleWork extends BaseCommand {
  static commandName = 'schedule:work'
  static description =
    'Run the scheduler in the foreground (a tick every minute) instead of the cron line'
  static help = [
    'Same ticks as `schedule:run`; SIGTERM or SIGINT lets the task runs under way finish, then exits 0.',
  ]
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const {
      default: Scheduler,
      SchedulerLoop,
      describeOutcome,
      stamped,
    } = await import('#platform/scheduler/scheduler')
    const loop = new SchedulerLoop(await this.app.container.make(Scheduler), 'work', {
      onTick: (outcomes) => {
        for (const outcome of outcomes) {
          const line = stamped(describeOutcome(outcome))
          if (outcome.outcome === 'failed') this.logger.error(line)
          else this.logger.log(line)
        }
      },
      onError: (error) => this.logger.error(stamped(`scheduler tick failed: ${error.message}`)),
    })
    const { listenForMetrics } = await import('#platform/metrics/registry')
    await listenForMetrics(this.app)
    this.app.terminating(async () => {
      await loop.stop()
      this.logger.log(stamped('scheduler stopped'))
    })
    this.app.listenOnce('SIGTERM', () => this.app.terminate())
    this.app.listenOnce('SIGINT', () => this.app.terminate())
    this.logger.log(stamped('scheduler started: a tick every minute'))
    loop.start()
  }
}
