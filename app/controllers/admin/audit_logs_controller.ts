import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import UserAdminPolicy from '#policies/identity/user_admin_policy'
import AdminUserService from '#services/identity/admin_user_service'
import AuditLogTransformer from '#transformers/identity/audit_log_transformer'
import { listAuditLogsValidator } from '#validators/identity/admin_users'

@inject()
export default class AuditLogsController {
  constructor(private users: AdminUserService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(UserAdminPolicy).authorize('viewAny')
    const page = await this.users.auditLogs(await listAuditLogsValidator.validate(ctx.request.qs()))
    return ctx.serialize(AuditLogTransformer.paginate(page.all(), page.getMeta()))
  }
}
