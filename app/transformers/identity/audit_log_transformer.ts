import { BaseTransformer } from '@adonisjs/core/transformers'
import type AuditLog from '#models/audit_log'

export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    const log = this.resource
    return {
      id: log.id,
      actorId: log.actorId,
      action: log.action,
      targetType: log.targetType,
      targetId: log.targetId,
      details: log.details,
      ip: log.ip,
      requestId: log.requestId,
      createdAt: log.createdAt.toISO(),
    }
  }
}
