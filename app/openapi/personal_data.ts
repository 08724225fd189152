import { endpoints, type ApiModule, type Endpoint } from '#platform/openapi/operation'
import { object, ref, string, type Schema } from '#platform/openapi/schema'
import { taskIdParam } from '#openapi/operations_jobs'
import { taskIdSchema } from '#transformers/operations/operations_jobs_schemas'
import { deleteAccountValidator } from '#validators/identity/personal_data'

const route = endpoints({ tag: 'Personal data', prefix: '/api/v1', auth: 'user' })

const exportId = string({
  format: 'uuid',
  description: 'Names the export file; part of the e-mailed link',
})

/** The builder documents `{…Id}` params as integers; export ids are UUIDs. */
function exportIdParam(endpoint: Endpoint) {
  for (const parameter of endpoint.operation.parameters as Schema[]) {
    if (parameter.name === 'exportId') parameter.schema = exportId
  }
  return endpoint
}

export const personalData: ApiModule = {
  tags: [
    {
      name: 'Personal data',
      description:
        'GDPR rights of access and erasure. An export is built by a background job as one JSON file (account, profiles, plans, ' +
        'likes, downloads, ratings, comments, custom tasks and votes, follows, activities, analytics events, notifications, ' +
        'campaigns, ad requests, offers, conversations and messages, reports filed, warnings, cart, addresses, sales and their ' +
        'items, gifting sessions and recommendations, newsletter subscription, e-mails sent; never passwords or token hashes). ' +
        'The "export ready" e-mail carries a signed link that works for 48 hours, only for its owner, logged in. ' +
        'Deleting an account removes the member’s interactions, follows, sessions and personal details in one transaction; ' +
        'plans, campaigns and ad requests others rely on stay under the name "Deleted user", comments become "[deleted]" placeholders; ' +
        'previews of the member’s words in other people’s notifications (and so in later digests) are removed, and every cached page naming them is dropped.',
    },
  ],
  endpoints: [
    route.post('/me/exports', {
      summary: 'Ask for an export of all your data',
      description:
        'Returns the task id (follow it at `/me/exports/{taskId}`) and the export id; the download link is e-mailed when the file is ready. At most 3 requests an hour per account.',
      status: 202,
      throttled: true,
      response: object({ taskId: taskIdSchema, exportId }),
    }),
    taskIdParam(
      route.get('/me/exports/{taskId}', {
        summary: 'State of one of your exports',
        description: 'Another member’s task id answers 404.',
        response: ref('Task'),
        errors: [404],
      }),
      'taskId'
    ),
    exportIdParam(
      route.get('/me/exports/{exportId}/download', {
        summary: 'Download an export (the e-mailed link)',
        description:
          'Needs the link’s `signature` (and `expires`) query parameters untouched and unexpired (else 403 `E_INVALID_SIGNATURE`), ' +
          'and its owner logged in: another member, even with a valid link, gets 404.',
        signed: true,
        raw: {
          mediaType: 'application/json',
          schema: {
            type: 'object',
            description: 'The export: `exportedAt`, `account`, then one array per section',
          },
        },
        errors: [403, 404],
      })
    ),
    route.delete('/auth/me', {
      summary: 'Delete your account (asks for your password)',
      description:
        'Wrong password: 422 on `password`. Admin accounts cannot delete themselves (403). Afterwards every token is revoked ' +
        'and logging in with the old e-mail fails. An audit row `account.delete` records it.',
      body: deleteAccountValidator,
      errors: [403],
    }),
  ],
}
