import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PersonalDataPolicy from '#policies/identity/personal_data_policy'
import AccountDeletionService from '#services/identity/account_deletion_service'
import DataExportService from '#services/identity/data_export_service'
import PersonalDataExport, { EXPORT_LINK_PURPOSE } from '#services/identity/personal_data_export'
import { ensureSignedRequest } from '#platform/http/signed_links'
import TaskTransformer from '#transformers/operations/task_transformer'
import { deleteAccountValidator } from '#validators/identity/personal_data'

/** GDPR: export of everything stored about the caller, and deletion of their account. */
@inject()
export default class PersonalDataController {
  constructor(
    private exports: DataExportService,
    private files: PersonalDataExport,
    private deletion: AccountDeletionService
  ) {}

  /** Starts the export; the link arrives by e-mail, the task can be followed meanwhile. */
  async requestExport(ctx: HttpContext) {
    await ctx.bouncer.with(PersonalDataPolicy).authorize('export')
    const started = await this.exports.start(ctx.auth.getUserOrFail())
    ctx.response.status(202)
    return ctx.serialize(started)
  }

  async exportStatus(ctx: HttpContext) {
    await ctx.bouncer.with(PersonalDataPolicy).authorize('export')
    return ctx.serialize(
      TaskTransformer.transform(
        await this.exports.status(ctx.auth.getUserOrFail(), ctx.params.taskId)
      )
    )
  }

  /** The e-mailed link: valid signature (not expired, not altered) and the export's owner logged in. */
  async download(ctx: HttpContext) {
    await ctx.bouncer.with(PersonalDataPolicy).authorize('export')
    ensureSignedRequest(ctx.request, EXPORT_LINK_PURPOSE)
    const path = await this.files.file(ctx.auth.getUserOrFail(), ctx.params.exportId)
    ctx.response.header('content-type', 'application/json; charset=utf-8')
    ctx.response.header('cache-control', 'no-store')
    ctx.response.attachment(path, 'marquee-data-export.json')
  }

  async destroyAccount(ctx: HttpContext) {
    await ctx.bouncer.with(PersonalDataPolicy).authorize('deleteAccount')
    const { password } = await ctx.request.validateUsing(deleteAccountValidator)
    await this.deletion.delete(ctx.auth.getUserOrFail(), password, ctx)
    return ctx.response.noContent()
  }
}
