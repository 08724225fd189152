import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import FollowService from '#services/community/follow_service'
import PlanRoomService from '#services/community/plan_room_service'
import { insertOnce } from '#services/community/interaction_rows'
import { sqlNow } from '#platform/db/time'

/**
 * Members block other members. A block is private to the blocker: the blocked
 * member is never notified and, from then on, finds the blocker nowhere (see
 * `isBlockedBy` in people.ts). Blocking ends the follows between the two, in
 * both directions, in the same transaction, and takes the blocked member out
 * of the live rooms of the blocker's plans.
 */
@inject()
export default class BlockService {
  constructor(
    private follows: FollowService,
    private rooms: PlanRoomService
  ) {}

  /** Idempotent: blocking again keeps the first block's time. */
  async block(blocker: User, target: User) {
    if (blocker.id === target.id)
      throw AppException.invalid('id', 'You cannot block yourself', 'E_SELF_BLOCK')
    const ended = await db.transaction(async (trx) => {
      await insertOnce(
        trx,
        'member_blocks',
        { blocker_id: blocker.id, blocked_id: target.id },
        { created_at: sqlNow() }
      )
      return this.follows.endBetween(trx, blocker, target)
    })
    await this.follows.afterEnded(ended)
    await this.rooms.evict(target.id, blocker.id)
  }

  /** Idempotent: unblocking someone you did not block changes nothing. Follows ended by the block stay ended. */
  async unblock(blocker: User, target: User) {
    await db.from('member_blocks').where({ blocker_id: blocker.id, blocked_id: target.id }).delete()
  }

  /** The members `blocker` blocked, most recent first (`member_blocked_at` in `$extras`). */
  list(blocker: User, page = 1, perPage = 20) {
    return User.query()
      .join('member_blocks', 'member_blocks.blocked_id', 'users.id')
      .where('member_blocks.blocker_id', blocker.id)
      .select('users.*', 'member_blocks.created_at as member_blocked_at')
      .orderBy('member_blocks.created_at', 'desc')
      .orderBy('users.id', 'desc')
      .paginate(page, perPage)
  }
}
