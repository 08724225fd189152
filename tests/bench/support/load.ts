import autocannon, { type Request } from 'autocannon'
import type { Json } from '#tests/support/json'

/** A step of a load sequence; only steps with `measured: true` (the default) count in the figures. */
export type Step = Request & { measured?: boolean }

export interface LoadOptions {
  base: string
  /** One path (GET), or a sequence each connection cycles through. */
  steps: Step[]
  connections: number
  durationS: number
  /** Fixed overall rate in requests per second; as fast as possible when absent. */
  rate?: number
  /** Called with each measured response (time from autocannon's own clock). */
  onResponse?: (status: number, ms: number) => void
}

export interface Figures {
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Measured responses by status code, and connection errors / timeouts. */
  statuses: Record<string, number>
  errors: number
  timeouts: number
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** The raw outcome of one autocannon run: every measured response time, and how long it ran. */
export interface Sample {
  times: number[]
  durationS: number
  statuses: Record<string, number>
  errors: number
  timeouts: number
  /** Responses to steps with `measured: false` (not in `times`). */
  unmeasured?: number
}

/**
 * Runs autocannon and keeps every measured response time (its own summary has
 * no p95). A step's `onResponse` runs synchronously just before the response
 * event of the same connection, so which step answered is known when its time
 * arrives.
 */
export function sample({
  base,
  steps,
  connections,
  durationS,
  rate,
  onResponse,
}: LoadOptions): Promise<Sample> {
  let lastMeasured = true
  const requests = steps.map(({ measured = true, ...step }) => ({
    ...step,
    onResponse: (
      status: number,
      body: string,
      context: Record<string, Json>,
      headers: Record<string, string>
    ) => {
      lastMeasured = measured
      step.onResponse?.(status, body, context, headers)
    },
  }))
  const times: number[] = []
  const statuses: Record<string, number> = {}
  let unmeasured = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: durationS,
        requests,
        timeout: 10,
        ...(rate ? { overallRate: rate } : {}),
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          times,
          durationS: result.duration,
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
          unmeasured,
        })
      }
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      if (!lastMeasured) return void unmeasured++
      times.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
      onResponse?.(status, ms)
    })
  })
}

/** Throughput and percentiles over one or more samples taken as one run (e.g. the slices of an interleaved measurement). */
export function summarize(samples: Sample[]): Figures {
  const sorted = samples.flatMap((one) => one.times).sort((a, b) => a - b)
  const durationS = samples.reduce((sum, one) => sum + one.durationS, 0)
  const statuses: Record<string, number> = {}
  for (const one of samples)
    for (const [status, count] of Object.entries(one.statuses))
      statuses[status] = (statuses[status] ?? 0) + count
  return {
    requests: sorted.length,
    requestsPerSecond: Math.round(sorted.length / durationS),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    statuses,
    errors: samples.reduce((sum, one) => sum + one.errors, 0),
    timeouts: samples.reduce((sum, one) => sum + one.timeouts, 0),
  }
}

/** Runs autocannon once and summarizes it. */
export const load = async (options: LoadOptions) => summarize([await sample(options)])

/** Measured responses that were not 2xx, plus connection errors and timeouts. */
export const failures = (figures: Figures) =>
  Object.entries(figures.statuses).reduce(
    (sum, [status, count]) => sum + (status.startsWith('2') ? 0 : count),
    0
  ) +
  figures.errors +
  figures.timeouts

/** Samples a process's RSS every `everyMs` while running. */
export class RssSampler {
  samples: { atMs: number; mb: number }[] = []
  #timer?: NodeJS.Timeout
  #started = performance.now()

  constructor(
    public read: () => number | null,
    private everyMs = 250
  ) {}

  start() {
    this.#timer = setInterval(() => {
      const mb = this.read()
      if (mb !== null) this.samples.push({ atMs: performance.now() - this.#started, mb })
    }, this.everyMs)
    return this
  }

  stop() {
    clearInterval(this.#timer)
    return this
  }

  /** Highest sample since `fromIndex`. */
  peak(fromIndex = 0) {
    return Math.max(...this.samples.slice(fromIndex).map((taken) => taken.mb))
  }
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a')
