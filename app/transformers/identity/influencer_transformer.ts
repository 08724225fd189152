import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'

/** An influencer as a brand browsing the directory sees them (privacy settings applied). */
export default class InfluencerTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    const profile = user.influencerProfile
    const privacy = user.privacySettings
    return {
      id: user.id,
      fullName: user.fullName,
      email: privacy.showEmail ? user.email : null,
      niche: profile?.niche ?? null,
      platforms: profile?.platforms ?? [],
      reach: privacy.showStats ? (profile?.reach ?? 0) : null,
      bio: profile?.bio ?? null,
    }
  }
}
