import { BaseTransformer } from '@adonisjs/core/transformers'
import type { FollowStatus } from '#services/community/follow_service'

/** The follow relation between the caller and one member, with the member's counts. */
export default class FollowStatusTransformer extends BaseTransformer<FollowStatus> {
  toObject() {
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
