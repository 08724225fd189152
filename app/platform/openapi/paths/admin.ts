import { endpoints, type ApiModule, type OperationSpec } from '#platform/openapi/operation'
import { dateTime, integer, nullable, object, ref, string } from '#platform/openapi/schema'
import {
  listAuditLogsValidator,
  listUsersValidator,
  optionalReasonValidator,
  reasonValidator,
} from '#validators/identity/admin_users'
import { paginationQueryValidator } from '#validators/common'

const count = () => integer({ minimum: 0 })

const route = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })

/** An account change: audited, 409 `E_INVALID_STATE` when it would change nothing. */
const action = (summary: string, reasonRequired: boolean, description: string): OperationSpec => ({
  summary,
  description: `Audited. 409 \`E_INVALID_STATE\` when it would change nothing. ${description}`,
  body: reasonRequired ? reasonValidator : optionalReasonValidator,
  fields: { reason: 'Recorded in the audit log' },
  response: ref('User'),
  errors: [404, 409],
})

const REVIEW = '409 `E_NOT_A_SPONSOR` for an account that is not a brand (admins included).'
const MODERATE = '409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.'

export const admin: ApiModule = {
  tags: [{ name: 'Admin', description: 'Account management and the audit log (role `admin`)' }],
  schemas: {
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
  },
  endpoints: [
    route.get('/users', {
      summary: 'List and search accounts',
      query: listUsersValidator,
      list: ref('User'),
      fields: {
        deleted: 'true lists only deleted (anonymised) accounts; by default they are left out',
        q: 'Part of the e-mail or name',
        sort: { default: 'newest' },
      },
    }),
    route.get('/users/pending-sponsors', {
      summary: 'Brands waiting for approval, oldest first',
      query: paginationQueryValidator,
      list: ref('User'),
    }),
    route.get('/users/{id}', { summary: 'One account', response: ref('User'), errors: [404] }),
    route.get('/users/{id}/activity', {
      summary: "A summary of a member's activity and of the reports by and about them",
      response: ref('MemberActivity'),
      errors: [404],
    }),
    route.post('/users/{id}/approve', action('Approve a pending brand', false, REVIEW)),
    route.post('/users/{id}/reject', action('Reject a pending brand', true, REVIEW)),
    route.post(
      '/users/{id}/block',
      action('Block an account (revokes its tokens; not admins)', true, MODERATE)
    ),
    route.post('/users/{id}/unblock', action('Unblock an account', false, MODERATE)),
    route.post(
      '/users/{id}/flag',
      action('Flag an account for attention (not admins)', true, MODERATE)
    ),
    route.post('/users/{id}/unflag', action('Remove the flag from an account', false, MODERATE)),
    route.get('/audit-logs', {
      summary: 'The audit log of admin actions, newest first',
      query: listAuditLogsValidator,
      list: ref('AuditLog'),
      fields: {
        action: { examples: ['user.block'] },
        targetType: { examples: ['user'] },
        since: {
          description: 'Only entries at or after this instant (ISO 8601)',
          format: 'date-time',
        },
      },
    }),
  ],
}
