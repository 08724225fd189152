import { BaseTransformer } from '@adonisjs/core/transformers'
import { dateTime, object, type Infer } from '#platform/openapi/schema'
import type { RoomMember } from '#services/community/plan_room_service'
import { planAuthor, planAuthorFields } from '#transformers/community/plan_author'

export const roomMemberSchema = object({
  ...planAuthorFields,
  lastSeenAt: dateTime(),
})

/** A member in a plan's live room, with their last heartbeat. */
export default class RoomMemberTransformer extends BaseTransformer<RoomMember> {
  toObject(): Infer<typeof roomMemberSchema> {
    const { user, lastSeenAt } = this.resource
    return { ...planAuthor(user), lastSeenAt: lastSeenAt.toISOString() }
  }
}
