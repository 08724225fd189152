import { BaseTransformer } from '@adonisjs/core/transformers'
import type AuditLog from '#models/audit_log'
import {
  dateTime,
  integer,
  nullable,
  object,
  string,
  typed,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const auditLogSchema = object({
  id: integer(),
  actorId: nullable(integer()),
  action: string({ examples: ['user.block'] }),
  targetType: string(),
  targetId: string(),
  details: typed<Record<string, unknown>>({ type: 'object' }),
  ip: nullable(string()),
  requestId: nullable(string()),
  createdAt: dateTime(),
})

export const auditLogObject = (log: AuditLog): Infer<typeof auditLogSchema> => ({
  id: log.id,
  actorId: log.actorId,
  action: log.action,
  targetType: log.targetType,
  targetId: log.targetId,
  details: log.details,
  ip: log.ip,
  requestId: log.requestId,
  createdAt: iso(log.createdAt),
})

export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    return auditLogObject(this.resource)
  }
}
