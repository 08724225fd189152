import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { dateTime, integer, object, type Infer } from '#platform/openapi/schema'
import { planAuthorFields } from '#transformers/community/plan_author'
import { isoTime } from '#transformers/community/row_time'

export const memberSchema = object(planAuthorFields, {
  followedAt: dateTime({ description: 'In followers / following lists' }),
  followersCount: integer({ minimum: 0, description: 'In search results' }),
})

/**
 * A member in a list (followers, following, search): name and role only.
 * `followedAt` when listed as a connection, `followersCount` in search results.
 */
export default class MemberTransformer extends BaseTransformer<User> {
  toObject(): Infer<typeof memberSchema> {
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
