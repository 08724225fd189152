import { BaseTransformer } from '@adonisjs/core/transformers'
import { boolean, integer, object, type Infer } from '#platform/openapi/schema'
import type { FollowStatus } from '#services/community/follow_service'

export const followStatusSchema = object({
  userId: integer(),
  following: boolean({ description: 'You follow them' }),
  followedBy: boolean({ description: 'They follow you' }),
  mutual: boolean(),
  followersCount: integer({ minimum: 0 }),
  followingCount: integer({ minimum: 0 }),
})

/** The follow relation between the caller and one member, with the member's counts. */
export default class FollowStatusTransformer extends BaseTransformer<FollowStatus> {
  toObject(): Infer<typeof followStatusSchema> {
    const s = this.resource
    return {
      userId: s.userId,
      following: s.following,
      followedBy: s.followedBy,
      mutual: s.following && s.followedBy,
      followersCount: s.followersCount,
      followingCount: s.followingCount,
    }
  }
}
