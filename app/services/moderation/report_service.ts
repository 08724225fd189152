import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import Report from '#models/report'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import { canReport, loadTarget } from '#services/moderation/targets'
import { reprioritize } from '#services/moderation/queue_entries'
import ThresholdRules from '#services/moderation/threshold_rules'
import type { createReportValidator, myReportsValidator } from '#validators/moderation/report'

/** Filing reports (users and auto-moderation) and keeping each target's queue priority current. */
@inject()
export default class ReportService {
  constructor(private thresholds: ThresholdRules) {}

  async file(reporter: User, payload: Infer<typeof createReportValidator>) {
    const target = await loadTarget(payload.targetType, payload.targetId)
    if (!target || !(await canReport(payload.targetType, payload.targetId, reporter.id)))
      throw AppException.notFound('Reported content')
    if (target.ownerId === reporter.id)
      throw AppException.invalid('targetId', 'You cannot report your own content')
    const duplicate = () =>
      AppException.conflict('E_ALREADY_REPORTED', 'You already have an open report on this')
    const report = await db
      .transaction(async (trx) => {
        const open = await Report.query({ client: trx })
          .where({
            reporter_id: reporter.id,
            target_type: payload.targetType,
            target_id: payload.targetId,
          })
          .whereIn('status', ['open', 'claimed'])
          .first()
        if (open) throw duplicate()
        const created = await Report.create(
          {
            reporterId: reporter.id,
            targetType: payload.targetType,
            targetId: payload.targetId,
            targetOwnerId: target.ownerId,
            reason: payload.reason,
            details: payload.details ?? null,
            status: 'open',
            version: 1,
          },
          { client: trx }
        )
        await reprioritize(payload.targetType, payload.targetId, target.reach, trx)
        return created
      })
      .catch((error) => {
        throw isUniqueViolation(error) ? duplicate() : error
      })
    await this.thresholds.check(payload.targetType, payload.targetId)
    return Report.findOrFail(report.id)
  }

  mine(reporter: User, filters: Infer<typeof myReportsValidator>) {
    const query = Report.query()
      .where('reporter_id', reporter.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
    if (filters.status) query.where('status', filters.status)
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }
}
