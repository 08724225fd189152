import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'

/**
 * A user account as its owner and admins see it. Never exposes the password
 * hash or tokens.
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
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
      createdAt: user.createdAt.toISO(),
    }
  }
}
