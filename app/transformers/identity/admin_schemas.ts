/**
 * The named OpenAPI components of the admin responses (app/openapi/admin.ts),
 * each defined once beside its transformer, and the shape of an audited account change.
 */
import { type OperationSpec } from '#platform/openapi/operation'
import { ref } from '#platform/openapi/schema'
import { auditLogSchema } from '#transformers/identity/audit_log_transformer'
import { memberActivitySchema } from '#transformers/identity/member_activity_transformer'
import { optionalReasonValidator, reasonValidator } from '#validators/identity/admin_users'

/** An account change: audited, 409 `E_INVALID_STATE` when it would change nothing. */
export const action = (
  summary: string,
  reasonRequired: boolean,
  description: string
): OperationSpec => ({
  summary,
  description: `Audited. 409 \`E_INVALID_STATE\` when it would change nothing. ${description}`,
  body: reasonRequired ? reasonValidator : optionalReasonValidator,
  fields: { reason: 'Recorded in the audit log' },
  response: ref('User'),
  errors: [404, 409],
})

export const adminSchemas = {
  AuditLog: auditLogSchema,
  MemberActivity: memberActivitySchema,
}
