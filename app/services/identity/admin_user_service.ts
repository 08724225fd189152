import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import TokenService from '#services/identity/token_service'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import MemberCache from '#services/community/member_cache'
import CacheService from '#platform/cache/cache_service'
import { sqlTime } from '#platform/db/time'
import type { listAuditLogsValidator, listUsersValidator } from '#validators/identity/admin_users'

type UserFilters = Infer<typeof listUsersValidator>
type AuditFilters = Infer<typeof listAuditLogsValidator>
type Action = 'approve' | 'reject' | 'block' | 'unblock' | 'flag' | 'unflag'

const MODERATED: Record<Exclude<Action, 'approve' | 'reject'>, string> = {
  block: 'blocked',
  unblock: 'unblocked',
  flag: 'flagged',
  unflag: 'unflagged',
}

/**
 * Admin account management. Every change runs in a transaction that also
 * writes its audit-log row; a change that would do nothing is a 409
 * `E_INVALID_STATE`, approving or rejecting an account that is no brand a 409
 * `E_NOT_A_SPONSOR`, moderating an admin a 409 `E_ADMIN_ACCOUNT` and
 * moderating your own account a 422 `E_SELF_MODERATION`.
 */
@inject()
export default class AdminUserService {
  constructor(
    private audit: AuditService,
    private tokens: TokenService,
    private cache: CacheService,
    private members: MemberCache
  ) {}

  async list(filters: UserFilters) {
    const query = User.query().preload('sponsorProfile').preload('influencerProfile')
    if (filters.role) query.where('role', filters.role)
    if (filters.status) query.where('status', filters.status)
    if (filters.blocked !== undefined)
      filters.blocked ? query.whereNotNull('blocked_at') : query.whereNull('blocked_at')
    if (filters.flagged !== undefined)
      filters.flagged ? query.whereNotNull('flagged_at') : query.whereNull('flagged_at')
    // Deleted (anonymised) accounts are listed only when asked for.
    filters.deleted ? query.whereNotNull('deleted_at') : query.whereNull('deleted_at')
    if (filters.q) {
      const term = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      query.where((q) =>
        q
          .whereRaw(`lower(email) like ? escape '\\'`, [term])
          .orWhereRaw(`lower(full_name) like ? escape '\\'`, [term])
      )
    }
    const sort = filters.sort ?? 'newest'
    if (sort === 'email') query.orderBy('email', 'asc')
    else if (sort === 'name') query.orderBy('full_name', 'asc')
    else query.orderBy('created_at', sort === 'oldest' ? 'asc' : 'desc')
    query.orderBy('id', sort === 'oldest' ? 'asc' : 'desc')
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async pendingSponsors(page = 1, perPage = 20) {
    return User.query()
      .where('role', 'sponsor')
      .where('status', 'pending')
      .whereNull('blocked_at')
      .whereNull('deleted_at')
      .preload('sponsorProfile')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .paginate(page, perPage)
  }

  async find(id: number) {
    const user = await User.query()
      .where('id', id)
      .preload('sponsorProfile')
      .preload('influencerProfile')
      .first()
    if (!user) throw AppException.notFound('User')
    return user
  }

  async apply(
    actor: User,
    targetId: number,
    action: Action,
    reason: string | undefined,
    ctx?: HttpContext
  ) {
    const user = await db.transaction(async (trx) => {
      const target = await User.query({ client: trx })
        .where('id', targetId)
        .whereNull('deleted_at')
        .forUpdate()
        .first()
      if (!target) throw AppException.notFound('User')
      this.change(actor, target, action, reason)
      await target.useTransaction(trx).save()
      await this.audit.record(
        actor,
        {
          action: `user.${action}`,
          targetType: 'user',
          targetId: target.id,
          details: reason ? { reason } : {},
        },
        trx,
        ctx
      )
      return target
    })
    if (action === 'block' || action === 'reject') await this.tokens.revokeAll(user.id, 'account')
    if (action !== 'flag' && action !== 'unflag') {
      // Listings, feeds and the directory show people only while they are active and not blocked.
      await this.members.changed(user.id)
      // A brand's products are listed only while it is approved and not blocked.
      if (user.role === 'sponsor') await invalidateCatalogue(this.cache)
    }
    return this.find(user.id)
  }

  /**
   * Creates an admin account (`node ace admin:create`, which makes the first
   * one), audited without an actor. Never changes an existing account: an
   * admin with this e-mail is returned as it is (`created: false`), another
   * account with it is a 409.
   */
  async createAdmin({
    email,
    password,
    fullName,
  }: {
    email: string
    password: string
    fullName: string
  }) {
    return db.transaction(async (trx) => {
      const existing = await User.query({ client: trx }).where('email', email).first()
      if (existing?.role === 'admin') return { user: existing, created: false }
      if (existing)
        throw AppException.conflict(
          'E_EMAIL_TAKEN',
          `An account with this e-mail exists already (a ${existing.role}); it was left unchanged`
        )
      const user = await User.create(
        {
          email,
          password,
          fullName,
          role: 'admin',
          status: 'active',
          privacy: {},
          emailVerifiedAt: DateTime.utc(),
        },
        { client: trx }
      )
      await this.audit.record(
        null,
        { action: 'user.create_admin', targetType: 'user', targetId: user.id, details: { email } },
        trx
      )
      return { user, created: true }
    })
  }

  async auditLogs(filters: AuditFilters) {
    const query = AuditLog.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (filters.action) query.where('action', filters.action)
    if (filters.actorId) query.where('actor_id', filters.actorId)
    if (filters.targetType) query.where('target_type', filters.targetType)
    if (filters.targetId) query.where('target_id', filters.targetId)
    if (filters.since) query.where('created_at', '>=', sqlTime(filters.since))
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  private change(actor: User, target: User, action: Action, reason?: string) {
    const now = DateTime.utc()
    const conflict = (message: string) => AppException.conflict('E_INVALID_STATE', message)
    if (action !== 'approve' && action !== 'reject') {
      if (target.id === actor.id)
        throw AppException.invalid(
          'id',
          `You cannot ${action} your own account`,
          'E_SELF_MODERATION'
        )
      if (target.isAdmin)
        throw AppException.conflict(
          'E_ADMIN_ACCOUNT',
          `Admin accounts cannot be ${MODERATED[action]}`
        )
    }
    switch (action) {
      case 'approve':
      case 'reject':
        if (target.role !== 'sponsor') {
          throw AppException.conflict(
            'E_NOT_A_SPONSOR',
            `Only brand (sponsor) accounts go through approval; this account's role is ${target.role}`
          )
        }
        if (target.status !== 'pending')
          throw conflict(
            `This account is already ${target.status === 'active' ? 'approved' : target.status}`
          )
        target.status = action === 'approve' ? 'active' : 'rejected'
        target.rejectionReason = action === 'reject' ? (reason ?? null) : null
        return
      case 'block':
        if (target.blockedAt) throw conflict('This account is already blocked')
        target.blockedAt = now
        target.blockReason = reason ?? null
        return
      case 'unblock':
        if (!target.blockedAt) throw conflict('This account is not blocked')
        target.blockedAt = null
        target.blockReason = null
        return
      case 'flag':
        if (target.flaggedAt) throw conflict('This account is already flagged')
        target.flaggedAt = now
        target.flagReason = reason ?? null
        return
      case 'unflag':
        if (!target.flaggedAt) throw conflict('This account is not flagged')
        target.flaggedAt = null
        target.flagReason = null
    }
  }
}
