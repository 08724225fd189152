/**
 * OpenAPI schemas of the responses documented in app/platform/openapi/paths/identity.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import { ROLES, STATUSES } from '#models/user'
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

export const privacyFields = {
  profileVisibility: oneOf(['public', 'followers', 'private']),
  showEmail: boolean(),
  showStats: boolean(),
  showFollowers: boolean(),
  emailDigest: boolean(),
  weeklySummary: boolean({
    description:
      "Creators: the Monday e-mail with last week's figures on their plans (default true)",
  }),
}

export const identitySchemas = {
  User: object({
    id: integer(),
    email: string({ format: 'email' }),
    fullName: string(),
    role: oneOf(ROLES),
    status: oneOf(STATUSES, { description: 'Brands stay `pending` until an admin approves them' }),
    rejectionReason: nullable(string()),
    emailVerified: boolean(),
    blocked: boolean(),
    blockReason: nullable(string()),
    flagged: boolean(),
    flagReason: nullable(string()),
    deleted: boolean({
      description: 'The account was deleted by its owner; what is kept is anonymised',
    }),
    privacy: ref('PrivacySettings'),
    sponsorProfile: nullable(ref('SponsorProfile')),
    influencerProfile: nullable(ref('InfluencerProfile')),
    createdAt: dateTime(),
  }),
  SponsorProfile: object({
    companyName: string(),
    industry: nullable(string()),
    budget: integer(),
    website: nullable(string({ format: 'uri' })),
  }),
  InfluencerProfile: object({
    niche: nullable(string()),
    platforms: array(string()),
    reach: integer(),
    bio: nullable(string()),
  }),
  PrivacySettings: object(privacyFields),
  TokenPair: object({
    tokenType: oneOf(['Bearer']),
    accessToken: string({
      description: 'Send as `Authorization: Bearer <token>`',
      examples: ['mq_at_…'],
    }),
    accessTokenExpiresAt: dateTime(),
    refreshToken: string({
      description: 'Single use: exchange at /api/v1/auth/refresh',
      examples: ['mq_rt_…'],
    }),
    refreshTokenExpiresAt: dateTime(),
  }),
  Session: object({ user: ref('User'), tokens: ref('TokenPair') }),
  Influencer: object({
    id: integer(),
    fullName: string(),
    email: nullable(
      string({ format: 'email', description: 'null unless the influencer shows it' })
    ),
    niche: nullable(string()),
    platforms: array(string()),
    reach: nullable(integer({ description: 'null when the influencer hides stats' })),
    bio: nullable(string()),
  }),
}
