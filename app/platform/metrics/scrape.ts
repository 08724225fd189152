import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { Gauge } from 'prom-client'
import { registry } from '#platform/metrics/registry'
import { openStreamCount } from '#platform/realtime/realtime_service'
import { withTimeout } from '#platform/runtime/with_timeout'
import Scheduler from '#platform/scheduler/scheduler'
import QueueService, { type QueueBacklog } from '#platform/queue/queue_service'

/** A scrape never waits longer than this on Redis or the database; a gauge that could not be read is left out. */
const READ_TIMEOUT_MS = 2000

const registers = [registry]

/** A gauge read at scrape time; a failed read empties it (absent beats stale) and is logged at debug. */
function scrapedGauge<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  read: (gauge: Gauge<L>) => Promise<void> | void
) {
  return new Gauge<L>({
    name,
    help,
    labelNames,
    registers,
    async collect() {
      this.reset()
      try {
        await withTimeout(Promise.resolve(read(this)), READ_TIMEOUT_MS)
      } catch (error) {
        this.reset()
        logger.debug({ err: error, metric: name }, 'metrics: gauge not read')
      }
    },
  })
}

scrapedGauge(
  'marquee_db_pool_connections',
  'Database pool connections of this process, by connection and state (used, free, pending acquires)',
  ['connection', 'state'] as const,
  (gauge) => {
    for (const [name, node] of db.manager.connections) {
      const pool = node.connection?.pool
      if (!pool) continue
      gauge.set({ connection: name, state: 'used' }, pool.numUsed())
      gauge.set({ connection: name, state: 'free' }, pool.numFree())
      gauge.set({ connection: name, state: 'pending' }, pool.numPendingAcquires())
    }
  }
)

scrapedGauge(
  'marquee_queue_jobs',
  'Jobs in each queue by state (waiting, active, delayed, failed); the same for every process',
  ['queue', 'state'] as const,
  async (gauge) => {
    for (const backlog of await queueBacklog()) {
      for (const state of ['waiting', 'active', 'delayed', 'failed'] as const)
        gauge.set({ queue: backlog.queue, state }, backlog[state])
    }
  }
)

scrapedGauge(
  'marquee_queue_oldest_waiting_seconds',
  'Age of the oldest waiting job of each queue (0 when none waits)',
  ['queue'] as const,
  async (gauge) => {
    const now = Date.now()
    for (const backlog of await queueBacklog())
      gauge.set(
        { queue: backlog.queue },
        backlog.oldestWaitingAt ? (now - backlog.oldestWaitingAt.getTime()) / 1000 : 0
      )
  }
)

scrapedGauge(
  'marquee_scheduled_tasks_overdue',
  'Scheduled tasks whose latest due time passed over 2 minutes ago with no run (1) or not (0)',
  ['task'] as const,
  async (gauge) => {
    const scheduler = await app.container.make(Scheduler)
    for (const task of await scheduler.statuses())
      gauge.set({ task: task.name }, task.overdue ? 1 : 0)
  }
)

scrapedGauge(
  'marquee_sse_connections',
  'Event streams (SSE) open on this process',
  [] as const,
  (gauge) => gauge.set(openStreamCount())
)

/** One scrape reads the backlog once for both queue gauges. */
let backlogRead: Promise<QueueBacklog[]> | undefined
function queueBacklog() {
  backlogRead ??= app.container
    .make(QueueService)
    .then((queues) => queues.backlog())
    .finally(() => setImmediate(() => (backlogRead = undefined)))
  return backlogRead
}

/** The metrics of this process in Prometheus text format. */
export async function scrapeMetrics() {
  return { contentType: registry.contentType, body: await registry.metrics() }
}
