import http from 'node:http'
import type { Step } from '#tests/bench/support/load'

/** Response times at a fixed offered rate, and how many sends fell behind their schedule. */
export interface OpenLoopFigures {
  rate: number
  durationS: number
  sent: number
  answered: number
  p50: number
  p95: number
  p99: number
  max: number
  statuses: Record<string, number>
  errors: number
  /** Errors by message (timeouts, refused or reset connections). */
  errorKinds: Record<string, number>
  /** Iterations started more than 5 ms after their scheduled time (the sender itself lagging). */
  late: number
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

interface Answer {
  status: number
  body: string
  headers: Record<string, string>
}

function send(agent: http.Agent, base: URL, step: Step): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: step.method ?? 'GET',
        path: step.path,
        headers: (step.headers ?? {}) as Record<string, string>,
        timeout: 10_000,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            headers: response.headers as Record<string, string>,
          })
        )
        response.on('error', reject)
      }
    )
    request.on('timeout', () => request.destroy(new Error('timeout')))
    request.on('error', reject)
    request.end(step.body as string | undefined)
  })
}

/**
 * Open-loop load: iteration i of the steps starts at start + i / rate whatever
 * the earlier answers (a slow answer does not delay the next send, so it is
 * not hidden the way a closed loop hides it). Each iteration runs the steps in
 * order with their `setupRequest` / `onResponse` (the autocannon shapes, a
 * fresh context per iteration); the time of an iteration is from its scheduled
 * start to the answer of its last measured step, minus the steps not measured
 * (a checkout's cart write). Connections are kept alive, as many as needed.
 */
export async function openLoop(
  baseUrl: string,
  steps: Step[],
  rate: number,
  durationS: number
): Promise<OpenLoopFigures> {
  const base = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 })
  const times: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  const errorKinds: Record<string, number> = {}
  let late = 0
  const total = Math.round(rate * durationS)
  const inFlight = new Set<Promise<void>>()

  const iteration = async (scheduled: number) => {
    const context: Record<string, unknown> = {}
    let unmeasured = 0
    let status = 0
    try {
      for (const step of steps) {
        const prepared = step.setupRequest
          ? (step.setupRequest({ ...step }, context) as Step)
          : step
        const sentAt = performance.now()
        const answer = await send(agent, base, prepared)
        if (step.measured === false) unmeasured += performance.now() - sentAt
        else status = answer.status
        step.onResponse?.(answer.status, answer.body, context, answer.headers)
      }
      times.push(performance.now() - scheduled - unmeasured)
      statuses[status] = (statuses[status] ?? 0) + 1
    } catch (error) {
      errors++
      const kind = error instanceof Error ? error.message : String(error)
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1
    }
  }

  const start = performance.now() + 20
  let next = 0
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      while (next < total && start + (next * 1000) / rate <= now) {
        const scheduled = start + (next * 1000) / rate
        if (now - scheduled > 5) late++
        const running: Promise<void> = iteration(scheduled).finally(() => inFlight.delete(running))
        inFlight.add(running)
        next++
      }
      if (next >= total) return resolve()
      setTimeout(tick, Math.max(0, start + (next * 1000) / rate - performance.now()))
    }
    tick()
  })
  await Promise.all(inFlight)
  agent.destroy()
  const sorted = times.sort((a, b) => a - b)
  return {
    rate,
    durationS,
    sent: total,
    answered: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    statuses,
    errors,
    errorKinds,
    late,
  }
}
