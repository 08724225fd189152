import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { array, integer, nullable, object, string, type Infer } from '#platform/openapi/schema'

export const influencerSchema = object({
  id: integer(),
  fullName: string(),
  email: nullable(string({ format: 'email', description: 'null unless the influencer shows it' })),
  niche: nullable(string()),
  platforms: array(string()),
  reach: nullable(integer({ description: 'null when the influencer hides stats' })),
  bio: nullable(string()),
})

/** An influencer as a brand browsing the directory sees them (privacy settings applied). */
export default class InfluencerTransformer extends BaseTransformer<User> {
  toObject(): Infer<typeof influencerSchema> {
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
