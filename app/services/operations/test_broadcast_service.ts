import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import RealtimeService from '#platform/realtime/realtime_service'

/** Lets an admin prove real-time delivery end to end: an event `test` on one account's channel. */
@inject()
export default class TestBroadcastService {
  constructor(
    private realtime: RealtimeService,
    private audit: AuditService
  ) {}

  async send(actor: User, userId: number, message: string, ctx?: HttpContext) {
    const target = await User.find(userId)
    if (!target) throw AppException.notFound('User')
    await this.audit.record(
      actor,
      { action: 'realtime.test_broadcast', targetType: 'user', targetId: target.id },
      undefined,
      ctx
    )
    return this.realtime.toUser(target.id, 'test', { message })
  }
}
