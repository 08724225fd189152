import { BaseTransformer } from '@adonisjs/core/transformers'
import { integer, nullable, object, string, type Infer } from '#platform/openapi/schema'
import type { RoomState } from '#services/community/plan_room_service'

export const planRoomSchema = object({
  planId: integer(),
  count: integer({ minimum: 0, description: 'Members in the room now' }),
  channel: string({
    examples: ['plan-rooms/12'],
    description: 'Subscribe your stream to it for `count` events `{ planId, count }`',
  }),
  visitorsChannel: nullable(
    string({
      examples: ['plan-visitors/12'],
      description:
        'Owner and admins only (null for others): `joined` and `left` events `{ planId, member: PlanAuthor | null, count }`',
    })
  ),
  ttlSeconds: integer({
    minimum: 1,
    description: 'A member stays this long after their last heartbeat (PLAN_ROOM_TTL)',
  }),
  heartbeatSeconds: integer({ minimum: 1, description: 'Send a heartbeat this often' }),
})

/** The live room of a plan: how many are there, and the channels that follow it. */
export default class PlanRoomTransformer extends BaseTransformer<RoomState> {
  toObject(): Infer<typeof planRoomSchema> {
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
