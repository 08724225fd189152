import app from '@adonisjs/core/services/app'
import type Job from '#platform/queue/job'
import type { JobClass, JobContext } from '#platform/queue/job'
import { recordJob } from '#platform/metrics/registry'
import { inSpan, SpanKind, type TraceCarrier } from '#platform/tracing/trace_context'

/**
 * Runs one attempt of a job: a fresh instance from the container, so jobs can
 * inject services. With tracing on, the attempt is a span in the trace that
 * queued the job (`trace`, stored with it).
 */
export async function runJob(
  job: JobClass,
  payload: unknown,
  ctx: JobContext,
  trace: TraceCarrier | null = null
) {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const attributes = {
    'messaging.system': 'bullmq',
    'messaging.destination.name': job.queue,
    'messaging.message.id': ctx.taskId,
    'marquee.job.name': job.jobName,
    'marquee.job.attempt': ctx.attempt,
  }
  return inSpan(
    `job ${job.jobName}`,
    { kind: SpanKind.CONSUMER, attributes, parent: trace },
    async () => {
      try {
        // JobClass takes any constructor (`never[]` arguments: jobs inject what they need),
        // which the container's `Make<>` cannot infer from; the instance is a Job all the same.
        const instance: Job = await app.container.make(job)
        const result = await instance.handle(payload, ctx)
        recordJob(job.jobName, 'completed', seconds())
        return result ?? null
      } catch (error) {
        recordJob(job.jobName, 'failed', seconds())
        throw error
      }
    }
  )
}
