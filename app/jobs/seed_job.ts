import { inject } from '@adonisjs/core'
import { Job, type JobContext } from '#platform/queue/queue_service'
import SeedRunner, { type SeedReport } from '#platform/seeding/seed_runner'
import type { SeedProfile } from '#platform/seeding/seed_runner'

export interface SeedPayload {
  profile: SeedProfile
}

/** Seeds a profile (POST /api/v1/admin/seed), reporting progress as it goes. Its one transaction makes a re-run after a crash safe. */
@inject()
export default class SeedJob extends Job<SeedPayload, SeedReport> {
  static jobName = 'seed'
  static attempts = 1

  constructor(private runner: SeedRunner) {
    super()
  }

  handle({ profile }: SeedPayload, ctx: JobContext) {
    return this.runner.run(profile, { progress: (percent) => ctx.progress(percent) })
  }
}
