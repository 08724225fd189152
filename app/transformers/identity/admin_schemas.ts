/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/admin.ts references them).
 */
import { type OperationSpec } from '#platform/openapi/operation'
import { dateTime, integer, nullable, object, ref, string } from '#platform/openapi/schema'
import { optionalReasonValidator, reasonValidator } from '#validators/identity/admin_users'

export const count = () => integer({ minimum: 0 })

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
  AuditLog: object({
    id: integer(),
    actorId: nullable(integer()),
    action: string({ examples: ['user.block'] }),
    targetType: string(),
    targetId: string(),
    details: { type: 'object' },
    ip: nullable(string()),
    requestId: nullable(string()),
    createdAt: dateTime(),
  }),
  MemberActivity: object({
    content: object({
      plans: count(),
      comments: count(),
      customTasks: count(),
      campaigns: count(),
      products: count(),
      messages: count(),
      hidden: integer({ minimum: 0, description: 'Of all the above, how many moderation hides' }),
    }),
    adRequests: integer({
      minimum: 0,
      description: 'Ad requests as the brand or the influencer',
    }),
    purchases: integer({ minimum: 0, description: 'Sales (checkouts) as a shopper' }),
    followers: count(),
    credibility: integer({
      minimum: 0,
      maximum: 100,
      description: 'Reporter credibility: up when their reports are upheld, down when dismissed',
    }),
    reportsFiled: object({ total: count(), upheld: count(), dismissed: count() }),
    reportsAbout: object({
      open: integer({ minimum: 0, description: 'Open or claimed' }),
      resolved: count(),
      dismissed: count(),
    }),
    warnings: count(),
    lastAdminAction: nullable(
      object({ action: string({ examples: ['user.flag'] }), createdAt: dateTime() })
    ),
  }),
}
