import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import Report, { type ResolutionAction, type TargetType } from '#models/report'
import AuditLog from '#models/audit_log'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import { sqlNow, sqlTime } from '#platform/db/time'
import { blockUser, loadTarget, setHidden } from '#services/moderation/targets'
import ModerationCache from '#services/moderation/moderation_cache'
import type { queueValidator } from '#validators/moderation/report'
import { revokeVerified } from '#services/identity/session_revocations'
import type { Infer as JsonOf } from '#platform/openapi/schema'
import type { bulkModerationResultSchema } from '#transformers/moderation/moderation_schemas'

export const CLAIM_MINUTES = 15
const CREDIBILITY_STEP = 5

/**
 * The admins' review queue. A claim gives one reviewer the report for
 * CLAIM_MINUTES; resolve/dismiss need the version the reviewer saw, so two
 * admins can never act on the same report (the second gets a 409).
 */
@inject()
export default class ReviewService {
  constructor(
    private audit: AuditService,
    private caches: ModerationCache
  ) {}

  queue(filters: Infer<typeof queueValidator>) {
    const query = Report.query()
    query.whereIn('status', filters.status ? [filters.status] : ['open', 'claimed'])
    if (filters.type) query.where('target_type', filters.type)
    if (filters.reason) query.where('reason', filters.reason)
    if (filters.minScore !== undefined) query.where('priority', '>=', filters.minScore)
    return query
      .orderBy('priority', 'desc')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async find(id: number) {
    const report = await Report.find(id)
    if (!report) throw AppException.notFound('Report')
    return report
  }

  /**
   * A report with what a reviewer weighs: who filed it (and how reliable
   * they have been), the reported content now, the other reports on it, and
   * the audit trail of the report and of decisions on its target.
   */
  async context(id: number) {
    const report = await this.find(id)
    const person = (userId: number | null) =>
      userId === null
        ? null
        : db
            .from('users')
            .where('id', userId)
            .select('id', 'email', 'full_name', 'credibility')
            .first()
    const target = await loadTarget(report.targetType, report.targetId)
    const reporter = await person(report.reporterId)
    const owner = await person(target?.ownerId ?? report.targetOwnerId ?? null)
    const reportsOnTarget = await Report.query()
      .where({ target_type: report.targetType, target_id: report.targetId })
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
    const history = await AuditLog.query()
      .where((q) =>
        q
          .where({ target_type: 'report', target_id: String(report.id) })
          .orWhere({ target_type: report.targetType, target_id: String(report.targetId) })
      )
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
    return { report, reporter, owner, target, reportsOnTarget, history }
  }

  /** Atomic: only an open report, or one whose claim expired, can be claimed. */
  async claim(admin: User, id: number, ctx?: HttpContext) {
    await this.find(id)
    const updated = await db
      .from('reports')
      .where('id', id)
      .where((q) =>
        q
          .where('status', 'open')
          .orWhere((c) => c.where('status', 'claimed').where('claim_expires_at', '<', sqlNow()))
      )
      .update({
        status: 'claimed',
        claimed_by: admin.id,
        claim_expires_at: sqlTime(DateTime.utc().plus({ minutes: CLAIM_MINUTES })),
        version: db.raw('version + 1'),
        updated_at: sqlNow(),
      })
    if (Number(Array.isArray(updated) ? updated[0] : updated) === 0) {
      // Read again: the report loaded above may predate the claim or decision that won.
      const current = await this.find(id)
      const message =
        current.status !== 'claimed'
          ? `This report is already ${current.status}`
          : current.claimedBy === admin.id
            ? 'You already hold the claim on this report'
            : 'Another admin is reviewing this report'
      throw AppException.conflict('E_REPORT_UNAVAILABLE', message)
    }
    await this.audit.record(
      admin,
      { action: 'moderation.claim', targetType: 'report', targetId: id },
      undefined,
      ctx
    )
    return this.find(id)
  }

  async resolve(
    admin: User,
    id: number,
    action: ResolutionAction,
    version: number,
    note?: string,
    ctx?: HttpContext
  ) {
    const report = await db.transaction(async (trx) => {
      const locked = await this.lockForDecision(admin, id, version, trx)
      await this.apply(admin, locked, action, note, trx)
      const siblings = await this.close(locked, 'resolved', admin, action, note, trx)
      await this.adjustCredibility(siblings, +CREDIBILITY_STEP, trx)
      await this.audit.record(
        admin,
        {
          action: 'moderation.resolve',
          targetType: locked.targetType,
          targetId: locked.targetId,
          details: { reportId: id, action, note },
        },
        trx,
        ctx
      )
      return locked
    })
    await this.caches.afterAction(action, report.targetType, report.targetId, report.targetOwnerId)
    return this.find(id)
  }

  /** Dismissing restores nothing and touches only this report. */
  async dismiss(admin: User, id: number, version: number, note?: string, ctx?: HttpContext) {
    await db.transaction(async (trx) => {
      const locked = await this.lockForDecision(admin, id, version, trx)
      await this.finish(locked, 'dismissed', admin, null, note, trx)
      await this.adjustCredibility([locked], -CREDIBILITY_STEP, trx)
      await this.audit.record(
        admin,
        {
          action: 'moderation.dismiss',
          targetType: locked.targetType,
          targetId: locked.targetId,
          details: { reportId: id, note },
        },
        trx,
        ctx
      )
    })
    return this.find(id)
  }

  /** Bulk decisions use each report's current version; reports another admin holds are skipped. */
  async bulk(
    admin: User,
    ids: number[],
    operation: 'resolve' | 'dismiss',
    action: ResolutionAction = 'hide',
    note?: string,
    ctx?: HttpContext
  ): Promise<JsonOf<typeof bulkModerationResultSchema>> {
    const done: number[] = []
    const skipped: { id: number; code: string; message: string }[] = []
    for (const id of ids) {
      try {
        const report = await this.find(id)
        if (operation === 'resolve')
          await this.resolve(admin, id, action, report.version, note, ctx)
        else await this.dismiss(admin, id, report.version, note, ctx)
        done.push(id)
      } catch (error) {
        if (!(error instanceof AppException)) throw error
        skipped.push({ id, code: error.code!, message: error.message })
      }
    }
    return { done, skipped }
  }

  /** Brings hidden content (or a blocked account) back, after a wrong decision or an appeal. */
  async restore(admin: User, type: TargetType, id: number, ctx?: HttpContext) {
    const target = await loadTarget(type, id)
    if (!target) throw AppException.notFound('Content')
    if (!target.hidden) throw AppException.conflict('E_NOT_HIDDEN', 'This content is not hidden')
    await db.transaction(async (trx) => {
      await setHidden(type, id, false, trx)
      await this.audit.record(
        admin,
        { action: 'moderation.restore', targetType: type, targetId: id },
        trx,
        ctx
      )
    })
    await this.caches.forget(type, id, target.ownerId)
  }

  private async lockForDecision(
    admin: User,
    id: number,
    version: number,
    trx: TransactionClientContract
  ) {
    const report = await Report.query({ client: trx }).where('id', id).forUpdate().first()
    if (!report) throw AppException.notFound('Report')
    if (report.status === 'resolved' || report.status === 'dismissed') {
      throw AppException.conflict('E_REPORT_CLOSED', `This report is already ${report.status}`)
    }
    const heldByOther =
      report.status === 'claimed' &&
      report.claimedBy !== admin.id &&
      report.claimExpiresAt &&
      report.claimExpiresAt > DateTime.utc()
    if (heldByOther)
      throw AppException.conflict('E_REPORT_UNAVAILABLE', 'Another admin is reviewing this report')
    if (report.version !== version) {
      throw AppException.conflict(
        'E_STALE_VERSION',
        `The report changed since you loaded it (version ${report.version}, you sent ${version}); reload it`
      )
    }
    return report
  }

  /** A block or warning needs a person behind the content: without one it is refused (422), never recorded as done. */
  private async apply(
    admin: User,
    report: Report,
    action: ResolutionAction,
    note: string | undefined,
    trx: TransactionClientContract
  ) {
    if ((action === 'block' || action === 'warn') && !report.targetOwnerId) {
      throw AppException.invalid(
        'action',
        `This ${report.targetType.replace('_', ' ')} has no author to ${action}: hide it instead`
      )
    }
    if (action === 'hide') await setHidden(report.targetType, report.targetId, true, trx)
    if (action === 'block' && report.targetOwnerId)
      await blockUser(report.targetOwnerId, note ?? 'Blocked by moderation', trx)
    if (action === 'warn' && report.targetOwnerId) {
      await trx.table('user_warnings').insert({
        user_id: report.targetOwnerId,
        report_id: report.id,
        issued_by: admin.id,
        message: note ?? `Your ${report.targetType} was reported for ${report.reason}`,
        created_at: sqlNow(),
      })
    }
  }

  /** Closes this report and every other open report on the same target; returns them all. */
  private async close(
    report: Report,
    status: 'resolved',
    admin: User,
    action: ResolutionAction,
    note: string | undefined,
    trx: TransactionClientContract
  ) {
    const siblings = await Report.query({ client: trx })
      .where({ target_type: report.targetType, target_id: report.targetId })
      .whereIn('status', ['open', 'claimed'])
      .forUpdate()
    for (const sibling of siblings) await this.finish(sibling, status, admin, action, note, trx)
    return siblings
  }

  private async finish(
    report: Report,
    status: 'resolved' | 'dismissed',
    admin: User,
    action: ResolutionAction | null,
    note: string | undefined,
    trx: TransactionClientContract
  ) {
    report.merge({
      status,
      action,
      resolvedBy: admin.id,
      resolvedAt: DateTime.utc(),
      resolutionNote: note ?? null,
      claimExpiresAt: null,
      version: report.version + 1,
    })
    await report.useTransaction(trx).save()
  }

  private async adjustCredibility(reports: Report[], step: number, trx: TransactionClientContract) {
    const reporters = [
      ...new Set(reports.map((r) => r.reporterId).filter((id): id is number => id !== null)),
    ]
    if (!reporters.length) return
    const bounded =
      step > 0 ? `least(100, credibility + ${step})` : `greatest(0, credibility - ${-step})`
    const expression =
      db.connection().dialect.name === 'postgres'
        ? bounded
        : bounded.replace('least', 'min').replace('greatest', 'max')
    await trx
      .from('users')
      .whereIn('id', reporters)
      .update({ credibility: db.raw(expression) })
    await revokeVerified({ users: reporters }, trx)
  }
}
