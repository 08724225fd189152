import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { isoTime } from '#transformers/community/row_time'

/**
 * A member in a list (followers, following, search): name and role only.
 * `followedAt` when listed as a connection, `followersCount` in search results.
 */
export default class MemberTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    const followedAt = user.$extras.followed_at ? isoTime(user.$extras.followed_at) : null
    const followers = user.$extras.followers_count
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      ...(followedAt ? { followedAt } : {}),
      ...(followers !== undefined ? { followersCount: Number(followers) } : {}),
    }
  }
}
