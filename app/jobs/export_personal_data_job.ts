import { inject } from '@adonisjs/core'
import { Job, type JobContext } from '#platform/queue/queue_service'
import PersonalDataExport from '#services/identity/personal_data_export'

export interface ExportPersonalDataPayload {
  userId: number
  exportId: string
}

/** Builds a member's GDPR export (JSON file) and e-mails the signed download link. */
@inject()
export default class ExportPersonalDataJob extends Job<ExportPersonalDataPayload> {
  static jobName = 'export_personal_data'

  constructor(private exports: PersonalDataExport) {
    super()
  }

  handle({ userId, exportId }: ExportPersonalDataPayload, ctx: JobContext) {
    return this.exports.build(userId, exportId, (percent) => ctx.progress(percent))
  }
}
