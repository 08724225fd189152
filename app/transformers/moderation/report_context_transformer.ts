import { BaseTransformer } from '@adonisjs/core/transformers'
import { REPORT_REASONS, REPORT_STATUSES, TARGET_TYPES } from '#models/report'
import {
  array,
  boolean,
  dateTime,
  describe,
  integer,
  nullable,
  object,
  oneOf,
  refTo,
  string,
  type Infer,
} from '#platform/openapi/schema'
import type ReviewService from '#services/moderation/review_service'
import { auditLogObject, auditLogSchema } from '#transformers/identity/audit_log_transformer'
import { reportObject, reportSchema } from '#transformers/moderation/report_transformer'
import { iso } from '#transformers/support'

type ReportContext = Awaited<ReturnType<ReviewService['context']>>

export const reportContextSchema = object({
  report: refTo('Report', reportSchema),
  reporter: describe(
    nullable(
      object({
        id: integer(),
        email: string(),
        fullName: string(),
        credibility: integer({ minimum: 0, maximum: 100 }),
      })
    ),
    'null for a report filed by an auto-moderation rule'
  ),
  target: object({
    type: oneOf(TARGET_TYPES),
    id: integer(),
    exists: boolean({ description: 'false once the content was deleted' }),
    ownerId: nullable(integer()),
    owner: nullable(object({ id: integer(), email: string(), fullName: string() })),
    excerpt: nullable(
      string({
        maxLength: 280,
        description: 'The start of the reported content (title, body or name)',
      })
    ),
    hidden: boolean({ description: 'Hidden by moderation (for a user: blocked)' }),
  }),
  reportsOnTarget: array(
    object({
      id: integer(),
      reason: oneOf(REPORT_REASONS),
      status: oneOf(REPORT_STATUSES),
      createdAt: dateTime(),
    }),
    {
      description: 'Every report on the same content, this one included, oldest first',
    }
  ),
  history: array(refTo('AuditLog', auditLogSchema), {
    description:
      'Audit entries on this report (claims) and on its content (decisions, restores), oldest first',
  }),
})

export default class ReportContextTransformer extends BaseTransformer<ReportContext> {
  toObject(): Infer<typeof reportContextSchema> {
    const { report, reporter, owner, target, reportsOnTarget, history } = this.resource
    return {
      report: reportObject(report),
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
        createdAt: iso(r.createdAt),
      })),
      history: history.map(auditLogObject),
    }
  }
}
