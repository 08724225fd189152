import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** The scheduled tasks with cron, last run and outcome, next run, overdue flag, and whether a scheduler ticks. */
export default class ScheduleList extends BaseCommand {
  static commandName = 'schedule:list'
  static description =
    'Show every scheduled task: cron, last run, outcome, next run, overdue; and the scheduler heartbeat'
  static help = [
    'Scheduled tasks run only while a scheduler ticks: install the one cron line below, or run `node ace schedule:work`.',
    '```',
    '{{ binaryName }} schedule:list',
    '{{ binaryName }} schedule:list --json',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print JSON instead of a table' })
  declare json: boolean

  async run() {
    const { default: BatchAdminService } = await import('#services/operations/batch_admin_service')
    const batches = await this.app.container.make(BatchAdminService)
    const [tasks, scheduler] = await Promise.all([batches.list(), batches.schedulerSighting()])
    if (this.json) {
      const rows = tasks.map(({ lastRun, ...task }) => ({
        ...task,
        lastRun: lastRun
          ? {
              startedAt: lastRun.startedAt.toISO(),
              status: lastRun.status,
              trigger: lastRun.trigger,
              durationMs: lastRun.durationMs,
            }
          : null,
      }))
      this.logger.log(JSON.stringify({ scheduler, tasks: rows }, null, 2))
      return
    }
    const table = this.ui.table()
    table.head(['task', 'cron', 'last run', 'outcome', 'next run', 'overdue'])
    for (const task of tasks) {
      table.row([
        task.name,
        task.cron,
        task.lastRun?.startedAt.toISO() ?? '-',
        task.lastRun
          ? `${task.lastRun.status} (${task.lastRun.trigger}${task.lastRun.durationMs !== null ? `, ${task.lastRun.durationMs} ms` : ''})`
          : '-',
        task.paused ? 'paused' : (task.nextRunAt ?? '-'),
        task.overdue ? 'OVERDUE' : '',
      ])
    }
    table.render()
    if (scheduler.seenLately) this.logger.log(`scheduler: last tick ${scheduler.lastSeenAt}`)
    else {
      this.logger.warning(
        `scheduler: ${scheduler.lastSeenAt ? `not seen since ${scheduler.lastSeenAt}` : 'never seen'}; install the cron line:`
      )
      this.logger.log(
        `* * * * * cd ${this.app.appRoot.pathname.replace(/\/$/, '')} && ${process.execPath} ace.js schedule:run 2>&1 | logger -t marquee-scheduler`
      )
    }
  }
}
