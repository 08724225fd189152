import { endpoints, type ApiModule, type OperationSpec } from '#platform/openapi/operation'
import { array, integer, object, ref, string } from '#platform/openapi/schema'
import { queuedSchema, taskIdParam } from '#openapi/operations_jobs'
import {
  adminCampaignsValidator,
  browseCampaignsValidator,
  createCampaignValidator,
  myCampaignsValidator,
  updateCampaignValidator,
} from '#validators/marketplace/campaign'
import {
  adminAdRequestsValidator,
  createAdRequestValidator,
  listAdRequestsValidator,
  offerValidator,
  rejectAdRequestValidator,
  updateAdRequestValidator,
  withdrawAdRequestValidator,
} from '#validators/marketplace/ad_request'
import {
  listMessagesValidator,
  sendMessageValidator,
  startConversationValidator,
} from '#validators/marketplace/chat'
import { optionalReasonValidator, reasonValidator } from '#validators/identity/admin_users'
import { marketplaceSchemas } from '#transformers/marketplace/marketplace_schemas'

const route = endpoints({ tag: 'Marketplace', prefix: '/api/v1', auth: 'user' })
const adminRoute = endpoints({ tag: 'Admin', prefix: '/api/v1/admin', auth: 'admin' })

/** Why an offer, accept, completion or message is refused while the other party is blocked or after it deleted its account. */
const COUNTERPART =
  'Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), ' +
  '409 `E_COUNTERPART_DELETED` once it deleted its account.'

const adRequestAction = (summary: string, description: string): OperationSpec => ({
  summary,
  description,
  response: ref('AdRequest'),
  errors: [403, 404, 409],
})

export const marketplace: ApiModule = {
  tags: [
    {
      name: 'Marketplace',
      description:
        'Campaigns of approved brands, ad requests between a brand and an influencer with their negotiation, and chat. ' +
        'Money is integer minor units. Resources a caller may not see answer 404.',
    },
  ],
  schemas: marketplaceSchemas,
  endpoints: [
    route.get('/campaigns', {
      summary: 'Browse public, active campaigns',
      description:
        'Flagged campaigns and those of blocked, deleted or unapproved brands are left out. Influencers, brands and admins.',
      query: browseCampaignsValidator,
      list: ref('Campaign'),
      errors: [403],
      fields: {
        q: 'Full text over name and description (all words, stemmed)',
        activeOn: { description: 'Runs on this day', examples: ['2030-03-01'], format: 'date' },
        startsAfter: {
          description: 'Starts on or after this day',
          examples: ['2030-03-01'],
          format: 'date',
        },
        endsBefore: {
          description: 'Ends on or before this day',
          examples: ['2030-03-01'],
          format: 'date',
        },
        sort: { default: 'newest' },
      },
    }),
    route.get('/campaigns/mine', {
      summary: "The brand's own campaigns, newest first",
      query: myCampaignsValidator,
      list: ref('Campaign'),
      errors: [403],
    }),
    route.post('/campaign-exports', {
      summary: "Start a CSV export of the brand's campaigns",
      description:
        'Returns a task id; poll the export, then download the file once it is completed.',
      status: 202,
      response: queuedSchema,
      errors: [403],
    }),
    taskIdParam(
      route.get('/campaign-exports/{taskId}', {
        summary: 'State of one of your exports',
        response: ref('Task'),
        errors: [403, 404],
      }),
      'taskId'
    ),
    taskIdParam(
      route.get('/campaign-exports/{taskId}/download', {
        summary: 'Download a completed export (text/csv)',
        raw: { mediaType: 'text/csv', schema: string() },
        errors: [403, 404, 409],
      }),
      'taskId'
    ),
    route.post('/campaigns', {
      summary: 'Create a campaign (approved brands)',
      description: 'A brand still pending approval gets a 403.',
      body: createCampaignValidator,
      status: 201,
      response: ref('Campaign'),
      errors: [403],
      fields: {
        niche: 'Lower-cased',
        budget: 'Integer minor units (cents)',
        startDate: { examples: ['2030-03-01'], format: 'date' },
        endDate: {
          description: 'On or after `startDate`',
          examples: ['2030-03-01'],
          format: 'date',
        },
        currency: { default: 'USD' },
        visibility: {
          description: 'Private campaigns are seen only by their brand and invited influencers',
          default: 'public',
        },
        status: { default: 'draft' },
      },
    }),
    route.get('/campaigns/{id}', {
      summary: 'One campaign',
      description:
        'Its brand and admins always; others while it is browsable or when they have an ad request on it.',
      response: ref('Campaign'),
      errors: [404],
    }),
    route.patch('/campaigns/{id}', {
      summary: 'Update your campaign',
      description:
        'Status moves draft → active, active ⇄ paused, active | paused → completed; completed is final (409). ' +
        'The budget cannot go below what accepted ad requests committed (409). ' +
        'The currency (with the budget, which stays the same number) changes only while the campaign has no ad request: ' +
        'afterwards their amounts are in it (409 `E_CURRENCY_LOCKED`).',
      body: updateCampaignValidator,
      response: ref('Campaign'),
      errors: [403, 404, 409],
      fields: {
        niche: 'Lower-cased',
        budget: 'Integer minor units (cents)',
        currency: { examples: ['EUR'] },
        startDate: { examples: ['2030-03-01'], format: 'date' },
        endDate: {
          description: 'On or after `startDate`',
          examples: ['2030-03-01'],
          format: 'date',
        },
      },
    }),
    route.delete('/campaigns/{id}', {
      summary: 'Delete your campaign',
      description: 'Refused (409) once an ad request on it is accepted or completed.',
      errors: [403, 404, 409],
    }),
    route.post('/campaigns/{id}/ad-requests', {
      summary: 'Invite an influencer (brand) or apply (influencer)',
      description:
        'A brand invites `influencerId` to its campaign; an influencer applies to a browsable campaign (no `influencerId`). ' +
        'One ad request per influencer and campaign (409). The other party is notified. ' +
        'A blocked or deleted influencer is not invited (422 on `influencerId`); the campaigns of a blocked or deleted brand take no applications (404).',
      body: createAdRequestValidator,
      status: 201,
      response: ref('AdRequest'),
      errors: [403, 404, 409],
      fields: { paymentAmount: 'Integer minor units (cents)', influencerId: 'Required for brands' },
    }),
    route.get('/ad-requests', {
      summary: 'Your ad requests (as brand or influencer), recently changed first',
      query: listAdRequestsValidator,
      list: ref('AdRequest'),
      errors: [403],
    }),
    route.get('/ad-requests/{id}', {
      summary: 'One of your ad requests',
      response: ref('AdRequest'),
      errors: [404],
    }),
    route.patch('/ad-requests/{id}', {
      summary: 'Change the terms of a pending ad request (brand)',
      description:
        'The brand only (403 for the influencer), while `pending` (409 `E_INVALID_TRANSITION` otherwise: once negotiating, make an offer). ' +
        'At least one term must change (422 `E_NOTHING_TO_CHANGE`). The new terms are the last offer (the influencer accepts them, the brand cannot), ' +
        'an `edit` step with the changes joins the history and the influencer is notified (in-app and e-mail). Accepting still checks the campaign budget. ' +
        COUNTERPART,
      body: updateAdRequestValidator,
      response: ref('AdRequest'),
      errors: [403, 404, 409],
      fields: { paymentAmount: 'Integer minor units (cents)' },
    }),
    route.post('/ad-requests/{id}/withdraw', {
      ...adRequestAction(
        'Withdraw an ad request you created',
        'Only the party that created it: the brand its invitation, the influencer its application (403 for the other party). While pending or negotiating; ' +
          'an accepted one is never withdrawn nor deleted (409 `E_AD_REQUEST_ACCEPTED`), a rejected, completed or withdrawn one answers 409 `E_INVALID_TRANSITION`. ' +
          'The request stays, `withdrawn`, with its history (a `withdraw` step carrying `reason`); the other party is notified. Allowed while the other party is blocked or deleted.'
      ),
      body: withdrawAdRequestValidator,
    }),
    route.get('/ad-requests/{id}/offers', {
      summary: 'The negotiation history, oldest first (both parties only)',
      description:
        'Offers, counter-offers, the brand’s edits of the terms (`edit`, with `changes`), accept, reject and withdrawal.',
      response: array(ref('NegotiationOffer')),
      errors: [404],
    }),
    route.post('/ad-requests/{id}/offers', {
      summary: 'Make an offer or counter-offer',
      description: `While pending or negotiating; the request becomes \`negotiating\` with this amount on the table. ${COUNTERPART}`,
      body: offerValidator,
      status: 201,
      response: ref('AdRequest'),
      errors: [403, 404, 409],
      fields: { amount: 'Integer minor units (cents)' },
    }),
    route.post(
      '/ad-requests/{id}/accept',
      adRequestAction(
        'Accept the last offer',
        'Only the party that did not make the last offer (409 `E_OWN_OFFER`). `agreedAmount` takes the last offer; ' +
          'the accepted total of a campaign never exceeds its budget (409 `E_BUDGET_EXCEEDED`), concurrent accepts included. ' +
          COUNTERPART
      )
    ),
    route.post('/ad-requests/{id}/reject', {
      ...adRequestAction(
        'Reject the ad request',
        'Either party, while pending or negotiating, also while the other party is blocked or deleted.'
      ),
      body: rejectAdRequestValidator,
    }),
    route.post(
      '/ad-requests/{id}/complete',
      adRequestAction(
        'Mark an accepted ad request completed',
        `The brand only (403 for the influencer). ${COUNTERPART}`
      )
    ),
    route.get('/conversations', {
      summary: 'Your conversations with their unread counts, latest activity first',
      response: array(ref('Conversation')),
      errors: [403],
    }),
    route.post('/conversations', {
      summary: 'Open (or get) the conversation with a brand or influencer',
      description:
        'Only between a brand and an influencer who share an ad request (403 `E_NO_AD_REQUEST`). Opening twice returns the same one. ' +
        'Refused while the other party is blocked (409 `E_COUNTERPART_BLOCKED`) or after it deleted its account (409 `E_COUNTERPART_DELETED`).',
      body: startConversationValidator,
      response: ref('Conversation'),
      errors: [403, 409],
    }),
    route.get('/conversations/{id}/messages', {
      summary: 'Messages, newest first, with a cursor',
      description:
        'Pass `meta.nextCursor` as `before` for older messages; it is null on the last page. The two parties and admins.',
      query: listMessagesValidator,
      response: array(ref('Message')),
      errors: [404],
      fields: { before: 'A message id: only older messages', limit: { default: 50 } },
    }),
    route.post('/conversations/{id}/messages', {
      summary: 'Send a message',
      description: `The two parties only; the other party gets it over SSE (\`message\` on \`users/{id}\`) and a notification. ${COUNTERPART}`,
      body: sendMessageValidator,
      status: 201,
      response: ref('Message'),
      errors: [403, 404, 409],
      fields: { adRequestId: 'An ad request between the two of you' },
    }),
    route.post('/conversations/{id}/read', {
      summary: "Mark the other party's messages read",
      response: object({ marked: integer({ minimum: 0 }) }),
      errors: [403, 404],
    }),

    adminRoute.get('/campaigns', {
      summary: 'Every campaign, newest first',
      query: adminCampaignsValidator,
      list: ref('Campaign'),
      fields: { q: 'Part of the name' },
    }),
    adminRoute.post('/campaigns/{id}/flag', {
      summary: 'Flag a campaign: it disappears from browsing (audited)',
      body: reasonValidator,
      response: ref('Campaign'),
      errors: [404, 409],
      fields: { reason: 'Recorded in the audit log' },
    }),
    adminRoute.post('/campaigns/{id}/unflag', {
      summary: 'Remove the flag from a campaign (audited)',
      body: optionalReasonValidator,
      response: ref('Campaign'),
      errors: [404, 409],
      fields: { reason: 'Recorded in the audit log' },
    }),
    adminRoute.get('/ad-requests', {
      summary: 'Every ad request, recently changed first',
      query: adminAdRequestsValidator,
      list: ref('AdRequest'),
    }),
  ],
}
