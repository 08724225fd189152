import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { ROLES, STATUSES } from '#models/user'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  refTo,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const privacySettingsSchema = object({
  profileVisibility: oneOf(['public', 'followers', 'private']),
  showEmail: boolean(),
  showStats: boolean(),
  showFollowers: boolean(),
  emailDigest: boolean(),
  weeklySummary: boolean({
    description:
      "Creators: the Monday e-mail with last week's figures on their plans (default true)",
  }),
})

export const sponsorProfileSchema = object({
  companyName: string(),
  industry: nullable(string()),
  budget: integer(),
  website: nullable(string({ format: 'uri' })),
})

export const influencerProfileSchema = object({
  niche: nullable(string()),
  platforms: array(string()),
  reach: integer(),
  bio: nullable(string()),
})

export const userSchema = object({
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
  privacy: refTo('PrivacySettings', privacySettingsSchema),
  sponsorProfile: nullable(refTo('SponsorProfile', sponsorProfileSchema)),
  influencerProfile: nullable(refTo('InfluencerProfile', influencerProfileSchema)),
  createdAt: dateTime(),
})

/**
 * A user account as its owner and admins see it. Never exposes the password
 * hash or tokens.
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject(): Infer<typeof userSchema> {
    const user = this.resource
    const sponsor = user.$preloaded.sponsorProfile as User['sponsorProfile'] | null | undefined
    const influencer = user.$preloaded.influencerProfile as
      User['influencerProfile'] | null | undefined
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      status: user.status,
      rejectionReason: user.rejectionReason ?? null,
      emailVerified: Boolean(user.emailVerifiedAt),
      blocked: Boolean(user.blockedAt),
      blockReason: user.blockReason ?? null,
      flagged: Boolean(user.flaggedAt),
      flagReason: user.flagReason ?? null,
      deleted: Boolean(user.deletedAt),
      privacy: user.privacySettings,
      sponsorProfile: sponsor
        ? {
            companyName: sponsor.companyName,
            industry: sponsor.industry,
            budget: sponsor.budget,
            website: sponsor.website,
          }
        : null,
      influencerProfile: influencer
        ? {
            niche: influencer.niche,
            platforms: influencer.platforms,
            reach: influencer.reach,
            bio: influencer.bio,
          }
        : null,
      createdAt: iso(user.createdAt),
    }
  }
}
