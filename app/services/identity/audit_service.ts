import type { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditLog from '#models/audit_log'
import type User from '#models/user'

export interface AuditEntry {
  action: string
  targetType: string
  targetId: string | number
  details?: Record<string, unknown>
}

/** Writes the audit trail of admin actions (who, what, when, target), inside the action's transaction. */
export default class AuditService {
  async record(
    actor: User | null,
    entry: AuditEntry,
    trx?: TransactionClientContract,
    ctx?: HttpContext
  ) {
    return AuditLog.create(
      {
        actorId: actor?.id ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: String(entry.targetId),
        details: entry.details ?? {},
        ip: ctx?.request.ip() ?? null,
        requestId: ctx?.request.id() ?? null,
      },
      { client: trx }
    )
  }
}
