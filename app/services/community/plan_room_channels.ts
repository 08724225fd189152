import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type User from '#models/user'
import PlanRoomPolicy from '#policies/community/plan_room_policy'
import PlanRoomService, {
  ROOM_CHANNEL,
  VISITORS_CHANNEL,
} from '#services/community/plan_room_service'
import PlanService from '#services/community/plan_service'
import { MAX_ID } from '#platform/http/ids'

/** The plan of a room or visitors channel id, or null when there is none. */
async function planOf(id: string) {
  if (!/^\d{1,10}$/.test(id) || Number(id) > MAX_ID) return null
  const plans = await app.container.make(PlanService)
  return plans.find(Number(id)).catch(() => null)
}

/** Channel rules: the room of a plan for whoever may join it, its visitors for the owner and admins. */
export function roomChannelAuthorizer(action: 'join' | 'watchVisitors') {
  return async (_user: User, id: string, ctx: HttpContext) => {
    const plan = await planOf(id)
    return plan ? ctx.bouncer.with(PlanRoomPolicy).allows(action, plan) : false
  }
}

/**
 * The room channels each event stream of this process is subscribed to, so
 * the member leaves a room when its subscription ends (unsubscribe, or the
 * stream closes). A member with another stream on this process still
 * subscribed to the room stays; one whose other stream is on another process
 * leaves and comes back with their next heartbeat.
 */
const subscriptions = new Map<string, { userId: number; planIds: Set<number> }>()

const roomPlanId = (channel: string) => {
  const match = new RegExp(`^${ROOM_CHANNEL}/(\\d+)$`).exec(channel)
  return match ? Number(match[1]) : null
}

function stillSubscribed(userId: number, planId: number) {
  for (const entry of subscriptions.values()) {
    if (entry.userId === userId && entry.planIds.has(planId)) return true
  }
  return false
}

async function leave(userId: number, planIds: number[]) {
  const rooms = await app.container.make(PlanRoomService)
  for (const planId of planIds) {
    if (stillSubscribed(userId, planId)) continue
    await rooms.leave(userId, planId).catch((error) => {
      logger.warn({ err: error }, `plan rooms: leaving the room of plan ${planId} failed`)
    })
  }
}

export function roomSubscribed(uid: string, channel: string, ctx: HttpContext) {
  const planId = roomPlanId(channel)
  const user = ctx.auth.user
  if (planId === null || !user) return
  const entry = subscriptions.get(uid) ?? { userId: user.id, planIds: new Set<number>() }
  entry.planIds.add(planId)
  subscriptions.set(uid, entry)
}

export function roomUnsubscribed(uid: string, channel: string) {
  const planId = roomPlanId(channel)
  const entry = subscriptions.get(uid)
  if (planId === null || !entry?.planIds.delete(planId)) return
  if (!entry.planIds.size) subscriptions.delete(uid)
  return leave(entry.userId, [planId])
}

export function roomStreamClosed(uid: string) {
  const entry = subscriptions.get(uid)
  if (!entry) return
  subscriptions.delete(uid)
  return leave(entry.userId, [...entry.planIds])
}

export { ROOM_CHANNEL, VISITORS_CHANNEL }
