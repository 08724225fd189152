import { BaseTransformer } from '@adonisjs/core/transformers'
import type Report from '#models/report'

export default class ReportTransformer extends BaseTransformer<Report> {
  toObject() {
    const r = this.resource
    return {
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
      claimExpiresAt: r.claimExpiresAt?.toISO() ?? null,
      resolvedAt: r.resolvedAt?.toISO() ?? null,
      version: r.version,
      createdAt: r.createdAt.toISO(),
    }
  }
}
