import { BaseTransformer } from '@adonisjs/core/transformers'
import type Report from '#models/report'
import { REPORT_REASONS, REPORT_STATUSES, RESOLUTION_ACTIONS, TARGET_TYPES } from '#models/report'
import {
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso, isoOrNull } from '#transformers/support'

export const reportSchema = object({
  id: integer(),
  targetType: oneOf(TARGET_TYPES),
  targetId: integer(),
  reason: oneOf(REPORT_REASONS),
  details: nullable(string()),
  status: oneOf(REPORT_STATUSES),
  action: nullable(oneOf(RESOLUTION_ACTIONS, { description: 'What the resolution did' })),
  resolutionNote: nullable(string()),
  priority: number({
    description:
      'Queue score: reason weight, distinct reporters, reporter credibility and reach of the content',
  }),
  automatic: boolean({ description: 'Filed by an auto-moderation rule (no reporter)' }),
  reporterId: nullable(integer()),
  targetOwnerId: nullable(integer()),
  claimedBy: nullable(integer()),
  claimExpiresAt: nullable(dateTime()),
  resolvedAt: nullable(dateTime()),
  version: integer({
    minimum: 1,
    description: 'Moves on every claim and decision (optimistic concurrency)',
  }),
  createdAt: dateTime(),
})

export const reportObject = (r: Report): Infer<typeof reportSchema> => ({
  id: r.id,
  targetType: r.targetType,
  targetId: r.targetId,
  reason: r.reason,
  details: r.details ?? null,
  status: r.status,
  action: r.action ?? null,
  resolutionNote: r.resolutionNote ?? null,
  priority: r.priority,
  automatic: r.reporterId === null,
  reporterId: r.reporterId,
  targetOwnerId: r.targetOwnerId ?? null,
  claimedBy: r.claimedBy ?? null,
  claimExpiresAt: isoOrNull(r.claimExpiresAt),
  resolvedAt: isoOrNull(r.resolvedAt),
  version: r.version,
  createdAt: iso(r.createdAt),
})

export default class ReportTransformer extends BaseTransformer<Report> {
  toObject() {
    return reportObject(this.resource)
  }
}
