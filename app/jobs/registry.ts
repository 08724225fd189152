import type { JobClass } from '#jobs/job'
import SendMailJob from '#jobs/send_mail_job'
import RunBatchJob from '#jobs/run_batch_job'
import ExportCampaignsJob from '#jobs/export_campaigns_job'
import SeedJob from '#jobs/seed_job'
import ExportPersonalDataJob from '#jobs/export_personal_data_job'
import PasswordResetJob from '#jobs/password_reset_job'

/** Job classes by `jobName`: workers look up the class of each job they take here. */
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

jobRegistry.register(
  SendMailJob,
  RunBatchJob,
  ExportCampaignsJob,
  SeedJob,
  ExportPersonalDataJob,
  PasswordResetJob
)
