/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/marketplace.ts references them).
 */
import { AD_REQUEST_STATUSES } from '#models/ad_request'
import { CAMPAIGN_STATUSES, VISIBILITIES } from '#models/campaign'
import { ROLES } from '#models/user'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'

export const day = (keywords = {}) =>
  string({ format: 'date', examples: ['2030-03-01'], ...keywords })

export const marketplaceSchemas = {
  MarketplaceParty: object({
    id: integer(),
    fullName: string(),
    role: oneOf(ROLES),
    companyName: nullable(string({ description: 'Brands' })),
    niche: nullable(string({ description: 'Influencers' })),
  }),
  Campaign: object({
    id: integer(),
    name: string(),
    description: string(),
    niche: string(),
    goals: array(string()),
    budget: integer({ description: 'Integer minor units' }),
    currency: string({ minLength: 3, maxLength: 3, examples: ['USD'] }),
    startDate: day(),
    endDate: day(),
    visibility: oneOf(VISIBILITIES),
    status: oneOf(CAMPAIGN_STATUSES),
    flagged: boolean({ description: 'Flagged by an admin: hidden from browsing' }),
    sponsor: ref('MarketplaceParty'),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  AdRequest: object({
    id: integer(),
    campaign: object({
      id: integer(),
      name: string(),
      currency: string(),
      status: oneOf(CAMPAIGN_STATUSES),
    }),
    sponsor: ref('MarketplaceParty'),
    influencer: ref('MarketplaceParty'),
    initiatedBy: oneOf(['sponsor', 'influencer'], {
      description: 'An invitation by the brand or an application by the influencer',
    }),
    requirements: string(),
    deliverables: string(),
    paymentAmount: integer({
      description: 'The amount on the table (the last offer), integer minor units',
    }),
    agreedAmount: nullable(integer({ description: 'Set on accept: the last offer' })),
    status: oneOf(AD_REQUEST_STATUSES, {
      description: 'pending → negotiating → accepted | rejected | withdrawn; accepted → completed',
    }),
    lastOfferBy: nullable(
      integer({ description: 'Who made the last offer: the other party answers it' })
    ),
    rejectionReason: nullable(string()),
    respondedAt: nullable(dateTime()),
    completedAt: nullable(dateTime()),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  }),
  NegotiationOffer: object({
    id: integer(),
    authorId: integer(),
    kind: oneOf(['initial', 'counter', 'edit', 'accept', 'reject', 'withdraw']),
    amount: integer({
      description: 'Integer minor units: the amount on the table after this step',
    }),
    message: nullable(string()),
    changes: nullable({
      ...object({}, { requirements: string(), deliverables: string(), paymentAmount: integer() }),
      description: 'On an `edit`: the terms the brand changed, with their new values',
    }),
    createdAt: dateTime(),
  }),
  Conversation: object({
    id: integer(),
    sponsor: ref('MarketplaceParty'),
    influencer: ref('MarketplaceParty'),
    unread: integer({ minimum: 0, description: 'Messages from the other party you have not read' }),
    lastMessageAt: nullable(dateTime()),
    createdAt: dateTime(),
  }),
  Message: object({
    id: integer(),
    conversationId: integer(),
    senderId: integer(),
    adRequestId: nullable(integer()),
    body: string(),
    read: boolean(),
    createdAt: dateTime(),
  }),
}
