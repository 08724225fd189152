import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { ref } from '#platform/openapi/schema'
import { listAuditLogsValidator, listUsersValidator } from '#validators/identity/admin_users'
import { paginationQueryValidator } from '#validators/common'
import { adminSchemas, action } from '#transformers/identity/admin_schemas'

const route = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })

const REVIEW = '409 `E_NOT_A_SPONSOR` for an account that is not a brand (admins included).'
const MODERATE = '409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.'

export const admin: ApiModule = {
  tags: [{ name: 'Admin', description: 'Account management and the audit log (role `admin`)' }],
  schemas: adminSchemas,
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
