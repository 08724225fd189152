import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import type { PublicStats } from '#services/community/profile_service'

/** What ProfileService.profile answers: privacy already applied (null where hidden). */
export interface ProfileView {
  user: User
  stats: PublicStats | null
  email: string | null
  following: boolean
  followedBy: boolean
}

export default class ProfileTransformer extends BaseTransformer<ProfileView> {
  toObject() {
    const { user, stats, email, following, followedBy } = this.resource
    const privacy = user.privacySettings
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      email,
      joinedAt: user.createdAt.toISO(),
      profileVisibility: privacy.profileVisibility,
      stats,
      following,
      followedBy,
    }
  }
}
