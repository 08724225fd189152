import app from '@adonisjs/core/services/app'
import type { JobClass, JobContext } from '#jobs/job'

/** Runs one attempt of a job: a fresh instance from the container, so jobs can inject services. */
export async function runJob(job: JobClass, payload: unknown, ctx: JobContext) {
  const instance = await app.container.make(job)
  const result = await instance.handle(payload, ctx)
  return result ?? null
}
