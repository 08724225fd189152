import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import SkillPlan from '#models/skill_plan'
import User from '#models/user'
import { isNamedTo, namedIds } from '#services/community/people'
import { ttlSeconds } from '#services/identity/ttl'
import type { PageMeta } from '#platform/http/api_serializer'
import { PeriodicRunner } from '#platform/runtime/periodic_runner'
import { presenceStore } from '#platform/realtime/realtime_service'
import RealtimeService, { resourceChannel } from '#platform/realtime/realtime_service'
import { planAuthor } from '#transformers/community/plan_author'
import env from '#start/env'

/** `plan-rooms/{id}`: the live view count of a plan, for everyone who may open it. */
export const ROOM_CHANNEL = 'plan-rooms'
/** `plan-visitors/{id}`: who comes and goes, for the plan's owner (and admins). */
export const VISITORS_CHANNEL = 'plan-visitors'

/** How long a member stays in a room after their last heartbeat (PLAN_ROOM_TTL, default 30 s). */
export const roomTtlSeconds = () => Math.max(1, ttlSeconds(env.get('PLAN_ROOM_TTL'), 30))
/** How often clients should send a heartbeat: three chances before the TTL runs out. */
export const heartbeatSeconds = () => Math.max(1, Math.floor(roomTtlSeconds() / 3))

const ttlMs = () => roomTtlSeconds() * 1000
const roomOf = (planId: number) => resourceChannel(ROOM_CHANNEL, planId)
const planIdOf = (room: string) => {
  const id = Number(room.slice(ROOM_CHANNEL.length + 1))
  return room.startsWith(`${ROOM_CHANNEL}/`) && Number.isSafeInteger(id) && id > 0 ? id : null
}

export interface RoomState {
  planId: number
  count: number
  channel: string
  visitorsChannel: string | null
  ttlSeconds: number
  heartbeatSeconds: number
}

export interface RoomMember {
  user: User
  lastSeenAt: Date
}

/**
 * Live rooms of skill plans: a member who opens a plan joins its room and
 * stays while heartbeats come (POST again within the TTL), until they leave,
 * their subscription to the room channel ends, or their heartbeats stop. Each
 * change is pushed as `count` on the room channel and `joined` / `left` on
 * the visitors channel. Members the owner may not see named (private
 * profiles, members who blocked the owner) are counted and announced without
 * their identity.
 */
@inject()
export default class PlanRoomService {
  constructor(private realtime: RealtimeService) {}

  state(plan: SkillPlan, count: number, showsVisitors: boolean): RoomState {
    return {
      planId: plan.id,
      count,
      channel: roomOf(plan.id),
      visitorsChannel: showsVisitors ? resourceChannel(VISITORS_CHANNEL, plan.id) : null,
      ttlSeconds: roomTtlSeconds(),
      heartbeatSeconds: heartbeatSeconds(),
    }
  }

  /** Joins the room, or renews the presence of a member already in it; answers how many are there. */
  async join(user: User, plan: SkillPlan) {
    const { joined, count } = await presenceStore.touch(roomOf(plan.id), user.id, ttlMs())
    if (joined) {
      await this.#announce('joined', plan, user, count)
      this.#count(plan.id, count)
    }
    return count
  }

  /** Takes the member out of the room (nothing happens when they were not in it). */
  async leave(userId: number, planId: number) {
    const { left, count } = await presenceStore.remove(roomOf(planId), userId, ttlMs())
    if (left) await this.#departed(planId, [userId], count)
  }

  /** Takes `memberId` out of the rooms of every plan of `ownerId` (the owner blocked them). */
  async evict(memberId: number, ownerId: number) {
    const rooms = await presenceStore.rooms()
    const planIds = rooms.map(planIdOf).filter((id) => id !== null)
    if (!planIds.length) return
    const owned = await SkillPlan.query()
      .where('owner_id', ownerId)
      .whereIn('id', planIds)
      .select('id')
    for (const plan of owned) await this.leave(memberId, plan.id)
  }

  /** How many are in the room now (members whose heartbeats stopped are taken out first). */
  count(plan: SkillPlan) {
    return this.sweepRoom(plan.id)
  }

  /** Who is in the room, latest heartbeat first: those `viewer` may see named, one page of them. */
  async members(plan: SkillPlan, viewer: User, page: number, perPage: number) {
    await this.sweepRoom(plan.id)
    const present = await presenceStore.members(roomOf(plan.id), ttlMs())
    const named = await namedIds(
      viewer,
      present.map((presence) => presence.member)
    )
    const listed = present.filter((presence) => named.has(presence.member))
    const slice = listed.slice((page - 1) * perPage, page * perPage)
    const users = await User.query().whereIn(
      'id',
      slice.map((presence) => presence.member)
    )
    const byId = new Map(users.map((user) => [user.id, user]))
    const items: RoomMember[] = slice.flatMap((presence) => {
      const user = byId.get(presence.member)
      return user ? [{ user, lastSeenAt: new Date(presence.lastSeen) }] : []
    })
    const meta: PageMeta = {
      page,
      perPage,
      total: listed.length,
      lastPage: Math.max(1, Math.ceil(listed.length / perPage)),
    }
    return { items, meta }
  }

  /** Takes out the members of one room whose heartbeats stopped, announcing each; answers how many remain. */
  async sweepRoom(planId: number) {
    const { gone, count } = await presenceStore.expire(roomOf(planId), ttlMs())
    if (gone.length) await this.#departed(planId, gone, count)
    return count
  }

  /** `sweepRoom` for every room that has anyone in it (the sweeper runs this on every web process). */
  async sweep() {
    for (const room of await presenceStore.rooms()) {
      const planId = planIdOf(room)
      if (planId !== null) await this.sweepRoom(planId)
    }
  }

  async #departed(planId: number, userIds: number[], count: number) {
    const plan = await SkillPlan.query().where('id', planId).preload('owner').first()
    if (!plan) return
    const users = await User.query().whereIn('id', userIds)
    for (const user of users) await this.#announce('left', plan, user, count)
    this.#count(planId, count)
  }

  #count(planId: number, count: number) {
    this.realtime.toResource(ROOM_CHANNEL, planId, 'count', { planId, count })
  }

  async #announce(event: 'joined' | 'left', plan: SkillPlan, member: User, count: number) {
    const named = await isNamedTo(plan.owner, member)
    this.realtime.toResource(VISITORS_CHANNEL, plan.id, event, {
      planId: plan.id,
      member: named ? planAuthor(member) : null,
      count,
    })
  }
}

/**
 * Runs `sweep` every few seconds (a sixth of the TTL, at most 5 s), so a
 * member whose heartbeats stopped is announced as gone soon after the TTL even
 * when nobody reads the room. Every web process runs one; the store makes
 * sure each departure is announced once.
 */
export class PlanRoomSweeper {
  #failing = false
  #runner = new PeriodicRunner({
    delay: () => Math.min(5000, Math.max(250, Math.floor(ttlMs() / 6))),
    run: () => this.#sweep(),
  })

  constructor(private rooms: PlanRoomService) {}

  start() {
    this.#runner.start()
  }

  stop() {
    return this.#runner.stop()
  }

  async #sweep() {
    try {
      await this.rooms.sweep()
      this.#failing = false
    } catch (error) {
      // Once per outage (Redis down), not on every pass.
      if (!this.#failing) logger.warn({ err: error }, 'plan rooms: sweep failed')
      this.#failing = true
    }
  }
}
