import type { JobClass } from '#platform/queue/job'

/**
 * Job classes by `jobName`: workers and the outbox relay look up the class of
 * each job here. The queue knows no job of the app: start/registries.ts
 * registers the list of app/jobs/registry.ts at boot.
 */
class JobRegistry {
  #jobs = new Map<string, JobClass>()

  register(...jobs: JobClass[]) {
    for (const job of jobs) {
      if (!job.jobName) throw new Error(`Job class ${job.name} has no static jobName`)
      const known = this.#jobs.get(job.jobName)
      if (known && known !== job) throw new Error(`Two job classes are named "${job.jobName}"`)
      this.#jobs.set(job.jobName, job)
    }
  }

  find(name: string) {
    return this.#jobs.get(name)
  }
}

export const jobRegistry = new JobRegistry()
