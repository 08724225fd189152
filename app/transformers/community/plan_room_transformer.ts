import { BaseTransformer } from '@adonisjs/core/transformers'
import type { RoomState } from '#services/community/plan_room_service'

/** The live room of a plan: how many are there, and the channels that follow it. */
export default class PlanRoomTransformer extends BaseTransformer<RoomState> {
  toObject() {
    const room = this.resource
    return {
      planId: room.planId,
      count: room.count,
      channel: room.channel,
      visitorsChannel: room.visitorsChannel,
      ttlSeconds: room.ttlSeconds,
      heartbeatSeconds: room.heartbeatSeconds,
    }
  }
}
