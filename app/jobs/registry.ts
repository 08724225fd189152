import type { JobClass } from '#platform/queue/queue_service'
import { RunBatchJob } from '#platform/scheduler/scheduler'
import { SendMailJob } from '#platform/mail/mail_service'
import ExportCampaignsJob from '#jobs/export_campaigns_job'
import SeedJob from '#jobs/seed_job'
import ExportPersonalDataJob from '#jobs/export_personal_data_job'
import PasswordResetJob from '#jobs/password_reset_job'

/**
 * Every job class of the app: start/registries.ts registers them with the
 * queue's job registry (`jobRegistry`), where workers look up the class of each
 * job they take. New jobs add their class here.
 */
export const jobs: JobClass[] = [
  SendMailJob,
  RunBatchJob,
  ExportCampaignsJob,
  SeedJob,
  ExportPersonalDataJob,
  PasswordResetJob,
]
