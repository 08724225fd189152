import { BaseTransformer } from '@adonisjs/core/transformers'
import type ReviewService from '#services/moderation/review_service'
import ReportTransformer from '#transformers/moderation/report_transformer'
import AuditLogTransformer from '#transformers/identity/audit_log_transformer'

type ReportContext = Awaited<ReturnType<ReviewService['context']>>

export default class ReportContextTransformer extends BaseTransformer<ReportContext> {
  toObject() {
    const { report, reporter, owner, target, reportsOnTarget, history } = this.resource
    return {
      report: ReportTransformer.transform(report),
      reporter: reporter
        ? {
            id: reporter.id,
            email: reporter.email,
            fullName: reporter.full_name,
            credibility: Number(reporter.credibility),
          }
        : null,
      target: {
        type: report.targetType,
        id: report.targetId,
        exists: target !== null,
        ownerId: target?.ownerId ?? report.targetOwnerId ?? null,
        owner: owner ? { id: owner.id, email: owner.email, fullName: owner.full_name } : null,
        excerpt: target?.excerpt ?? null,
        hidden: target?.hidden ?? false,
      },
      reportsOnTarget: reportsOnTarget.map((r) => ({
        id: r.id,
        reason: r.reason,
        status: r.status,
        createdAt: r.createdAt.toISO(),
      })),
      history: AuditLogTransformer.transform(history),
    }
  }
}
