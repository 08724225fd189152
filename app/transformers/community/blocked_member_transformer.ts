import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { isoTime } from '#transformers/community/row_time'

/** A member in your block list, with when you blocked them. */
export default class BlockedMemberTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      blockedAt: isoTime(user.$extras.member_blocked_at),
    }
  }
}
