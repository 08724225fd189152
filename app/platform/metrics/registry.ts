import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'
import type { ApplicationService } from '@adonisjs/core/types'

/**
 * The process's Prometheus registry: Node's default process metrics plus the
 * app's own, all named `marquee_*`. Recording is a counter increment in
 * memory; gauges that need a query (pool, queues, scheduler) are read when
 * scraped (scrape.ts).
 */
export const registry = new Registry()
collectDefaultMetrics({ register: registry })

const registers = [registry]

const requests = new Counter({
  name: 'marquee_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers,
})

const requestSeconds = new Histogram({
  name: 'marquee_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
})

const cacheLookups = new Counter({
  name: 'marquee_cache_lookups_total',
  help: 'Lookups through the cache helper, by namespace (key family) and outcome',
  labelNames: ['namespace', 'outcome'] as const,
  registers,
})

const jobs = new Counter({
  name: 'marquee_jobs_processed_total',
  help: 'Job attempts run by this process, by job name and outcome',
  labelNames: ['job', 'outcome'] as const,
  registers,
})

const jobSeconds = new Histogram({
  name: 'marquee_job_duration_seconds',
  help: 'Time one job attempt ran, by job name and outcome',
  labelNames: ['job', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers,
})

const taskRuns = new Counter({
  name: 'marquee_scheduled_task_runs_total',
  help: 'Scheduled task due times handled by this process, by task and outcome',
  labelNames: ['task', 'outcome'] as const,
  registers,
})

const refusals = new Counter({
  name: 'marquee_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit (429), by route pattern',
  labelNames: ['route'] as const,
  registers,
})

/** Requests that matched no route share one label, so scanners cannot grow the series. */
export const UNMATCHED_ROUTE = 'unmatched'

export function recordRequest(method: string, route: string, status: number, seconds: number) {
  const labels = { method, route, status: String(status) }
  requests.inc(labels)
  requestSeconds.observe(labels, seconds)
}

export function recordCacheLookup(namespace: string, outcome: 'hit' | 'miss') {
  cacheLookups.inc({ namespace, outcome })
}

export function recordJob(job: string, outcome: 'completed' | 'failed', seconds: number) {
  jobs.inc({ job, outcome })
  jobSeconds.observe({ job, outcome }, seconds)
}

export function recordTaskRun(task: string, outcome: string) {
  taskRuns.inc({ task, outcome })
}

export function recordRateLimitRefusal(route: string) {
  refusals.inc({ route })
}

/**
 * The metrics of this process in Prometheus text format (`GET /metrics`). The
 * gauges read at scrape time (pool, queues, scheduler, streams) load with the first scrape.
 */
export async function scrapeMetrics() {
  const { scrapeMetrics: scrape } = await import('#platform/metrics/scrape')
  return scrape()
}

/** Opens the Prometheus listener of this process when METRICS_PORT is set (see metrics_server.ts). */
export async function listenForMetrics(app: ApplicationService) {
  const { listenForMetrics: listen } = await import('#platform/metrics/metrics_server')
  return listen(app)
}
