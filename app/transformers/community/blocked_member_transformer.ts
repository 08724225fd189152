import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { dateTime, object, type Infer } from '#platform/openapi/schema'
import { planAuthorFields } from '#transformers/community/plan_author'
import { isoTime } from '#transformers/community/row_time'

export const blockedMemberSchema = object({ ...planAuthorFields, blockedAt: dateTime() })

/** A member in your block list, with when you blocked them. */
export default class BlockedMemberTransformer extends BaseTransformer<User> {
  toObject(): Infer<typeof blockedMemberSchema> {
    const user = this.resource
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      blockedAt: isoTime(user.$extras.member_blocked_at),
    }
  }
}
