import { BaseTransformer } from '@adonisjs/core/transformers'
import type { RoomMember } from '#services/community/plan_room_service'
import { planAuthor } from '#transformers/community/plan_author'

/** A member in a plan's live room, with their last heartbeat. */
export default class RoomMemberTransformer extends BaseTransformer<RoomMember> {
  toObject() {
    const { user, lastSeenAt } = this.resource
    return { ...planAuthor(user)!, lastSeenAt: lastSeenAt.toISOString() }
  }
}
