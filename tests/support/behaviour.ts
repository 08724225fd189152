import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#models/user'
import { sqlTime } from '#platform/db/time'
import { UserFactory } from '#database/factories/user_factory'
import { planFor } from '#tests/support/community_plans'

export const BEHAVIOUR = '/api/v1/admin/analytics/behaviour'
/** Two ISO weeks, Monday 2033-03-07 to Sunday 2033-03-20, far from the rows other specs write (now). */
export const PERIOD = { from: '2033-03-07', to: '2033-03-20' }

export const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

const member = (joined: string, role: 'shopper' | 'influencer' = 'influencer') =>
  UserFactory.apply(role)
    .merge({ createdAt: at(joined) })
    .create()

const event = (user: User, type: string, when: string, subjectId = 1) =>
  db.table('analytics_events').insert({
    user_id: user.id,
    type,
    subject_type: type === 'search' ? 'search' : type.split('.')[0],
    subject_id: type === 'search' ? 0 : subjectId,
    data: '{}',
    created_at: sqlTime(at(when)),
  })

const activity = (user: User, verb: string, planId: number, when: string) =>
  db.table('activities').insert({
    actor_id: user.id,
    verb,
    subject_type: 'plan',
    subject_id: planId,
    plan_id: planId,
    data: '{}',
    created_at: sqlTime(at(when)),
  })

/** A plan created by `user` on `when`, with its activity row. */
const createPlan = async (user: User, when: string) => {
  const plan = await planFor(user, { createdAt: at(when), updatedAt: at(when) })
  await activity(user, 'plan.created', plan.id, when)
  return plan
}

/** `user` likes `planId` on `when`, with its activity row. */
const like = async (user: User, planId: number, when: string) => {
  await db
    .table('plan_likes')
    .insert({ plan_id: planId, user_id: user.id, created_at: sqlTime(at(when)) })
  await activity(user, 'plan.liked', planId, when)
}

/**
 * The fixture, every figure below counted by hand from it. Members (sign-up):
 *   g 01-01 (creator of the plan others like; no activity in the window) · e 01-15 ·
 *   a 03-07 · b 03-08 · c 03-09 · d 03-14 · h 03-20 23:59:59 · i 03-21 00:00 (after the period) ·
 *   f 03-08, deleted · an admin (left out of everything).
 * Active days (events or activities):
 *   e: 02-05 23:59:59 (before the MAU window of 03-07), 02-06 00:00 (first day of it), 03-12 profile view
 *   a: 03-07 plan created, 03-08 plan view, 03-09 like, 03-15 search
 *   b: 03-10 plan created and 3 plan views
 *   c: 03-16 like (no plan of their own)
 *   d: 03-14 plan created and product view, 03-20 23:59:59 product view, 03-21 like and product view (after the period)
 *   f (deleted): 4 searches on 03-08 · admin: 5 plan views on 03-10
 */
export async function insertFixture() {
  const g = await member('2033-01-01T09:00:00')
  const plan = await planFor(g, { createdAt: at('2033-01-02T09:00:00') })
  const e = await member('2033-01-15T09:00:00', 'shopper')
  const a = await member('2033-03-07T10:00:00')
  const b = await member('2033-03-08T10:00:00')
  const c = await member('2033-03-09T10:00:00', 'shopper')
  const d = await member('2033-03-14T10:00:00')
  await member('2033-03-20T23:59:59', 'shopper')
  await member('2033-03-21T00:00:00', 'shopper')
  const f = await member('2033-03-08T10:00:00', 'shopper')
  await db
    .from('users')
    .where('id', f.id)
    .update({ deleted_at: sqlTime(at('2033-03-09T00:00:00')) })
  const admin = await UserFactory.apply('admin')
    .merge({ createdAt: at('2033-03-07T08:00:00') })
    .create()

  await event(e, 'plan.view', '2033-02-05T23:59:59', plan.id)
  await event(e, 'plan.view', '2033-02-06T00:00:00', plan.id)
  await event(e, 'profile.view', '2033-03-12T12:00:00', g.id)

  await createPlan(a, '2033-03-07T11:00:00')
  await event(a, 'plan.view', '2033-03-08T12:00:00', plan.id)
  await like(a, plan.id, '2033-03-09T12:00:00')
  await event(a, 'search', '2033-03-15T12:00:00')

  await createPlan(b, '2033-03-10T11:00:00')
  for (let i = 0; i < 3; i++) await event(b, 'plan.view', '2033-03-10T12:00:00', plan.id)

  await like(c, plan.id, '2033-03-16T12:00:00')

  await createPlan(d, '2033-03-14T11:00:00')
  await event(d, 'product.view', '2033-03-14T12:00:00')
  await event(d, 'product.view', '2033-03-20T23:59:59')
  await event(d, 'product.view', '2033-03-21T00:00:00')
  await like(d, plan.id, '2033-03-21T00:00:00')

  for (let i = 0; i < 4; i++) await event(f, 'search', '2033-03-08T12:00:00')
  for (let i = 0; i < 5; i++) await event(admin, 'plan.view', '2033-03-10T12:00:00', plan.id)
}
