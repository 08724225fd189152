import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import {
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
import type { PublicStats } from '#services/community/profile_service'
import { planAuthorFields } from '#transformers/community/plan_author'
import { iso } from '#transformers/support'

/** What ProfileService.profile answers: privacy already applied (null where hidden). */
export interface ProfileView {
  user: User
  stats: PublicStats | null
  email: string | null
  following: boolean
  followedBy: boolean
}

export const profileStatsSchema = object({
  plans: integer({ minimum: 0, description: 'Listed plans' }),
  likesReceived: integer({ minimum: 0 }),
  downloads: integer({ minimum: 0 }),
  followers: integer({ minimum: 0 }),
  following: integer({ minimum: 0 }),
})

export const profileSchema = object({
  ...planAuthorFields,
  email: nullable(
    string({ description: 'Null unless the member shows it (always for the member and admins)' })
  ),
  joinedAt: dateTime(),
  profileVisibility: oneOf(['public', 'followers', 'private']),
  stats: nullable(refTo('ProfileStats', profileStatsSchema)),
  following: boolean({ description: 'You follow them' }),
  followedBy: boolean({ description: 'They follow you' }),
})

export default class ProfileTransformer extends BaseTransformer<ProfileView> {
  toObject(): Infer<typeof profileSchema> {
    const { user, stats, email, following, followedBy } = this.resource
    const privacy = user.privacySettings
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      email,
      joinedAt: iso(user.createdAt),
      profileVisibility: privacy.profileVisibility,
      stats,
      following,
      followedBy,
    }
  }
}
