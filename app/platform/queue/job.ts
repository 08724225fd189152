import type { QueueName } from '#platform/queue/config'

export interface Backoff {
  type: 'exponential' | 'fixed'
  /** Milliseconds; exponential doubles it after every failed attempt. */
  delay: number
}

/** What a running job knows about its task. */
export interface JobContext {
  taskId: string
  /** 1 for the first run; a retry or a run after a crashed worker counts up. */
  attempt: number
  /** Reports progress (0–100) to the tasks API. */
  progress(percent: number): Promise<void>
}

/**
 * A unit of background work. Subclasses set `jobName` (unique, listed in
 * app/jobs/registry.ts, registered at boot) and may tune queue, attempts and backoff. Delivery is
 * at least once: a job can run again after a crash, so `handle` must be
 * idempotent. Instances come from the container (constructor injection works).
 */
export default abstract class Job<Payload = unknown, Result = unknown> {
  static jobName: string
  static queue: QueueName = 'default'
  static attempts = 3
  static backoff: Backoff = { type: 'exponential', delay: 2000 }

  abstract handle(payload: Payload, ctx: JobContext): Promise<Result>
}

export interface JobClass<Payload = unknown, Result = unknown> {
  new (...args: never[]): Job<Payload, Result>
  jobName: string
  queue: QueueName
  attempts: number
  backoff: Backoff
}

export type PayloadOf<J extends JobClass> = J extends JobClass<infer P> ? P : never

/** Milliseconds to wait before the next attempt, after `failedAttempts` failures. */
export function backoffDelay(backoff: Backoff, failedAttempts: number) {
  if (backoff.type === 'fixed') return backoff.delay
  return backoff.delay * 2 ** Math.max(0, failedAttempts - 1)
}
