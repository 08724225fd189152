import app from '@adonisjs/core/services/app'
import type { JobClass, JobContext } from '#jobs/job'
import { recordJob } from '#platform/metrics/registry'

/** Runs one attempt of a job: a fresh instance from the container, so jobs can inject services. */
export async function runJob(job: JobClass, payload: unknown, ctx: JobContext) {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  try {
    const instance = await app.container.make(job)
    const result = await instance.handle(payload, ctx)
    recordJob(job.jobName, 'completed', seconds())
    return result ?? null
  } catch (error) {
    recordJob(job.jobName, 'failed', seconds())
    throw error
  }
}
