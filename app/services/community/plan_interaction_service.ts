import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import ActivityService from '#services/community/activity_service'
import FeedCache from '#services/community/feed_cache'
import PlanService from '#services/community/plan_service'
import { insertOnce, removeRow, upsertValue } from '#services/community/interaction_rows'
import NotificationService from '#services/notifications/notification_service'
import { sqlNow } from '#platform/db/time'

/** Download counts at which the owner hears about it. */
export const DOWNLOAD_MILESTONES = [10, 100, 1000]

/**
 * Likes, downloads and ratings: one row per user and plan, counters on the
 * plan moved in the same transaction by exactly what changed (average rating
 * = ratings_sum / ratings_count). Each change drops the cached plan.
 */
@inject()
export default class PlanInteractionService {
  constructor(
    private plans: PlanService,
    private notifications: NotificationService,
    private activities: ActivityService,
    private feeds: FeedCache
  ) {}

  /** Idempotent: liking again changes nothing. */
  async like(user: User, plan: SkillPlan) {
    const liked = await db.transaction(async (trx) => {
      if (!(await insertOnce(trx, 'plan_likes', this.#key(plan, user), { created_at: sqlNow() })))
        return false
      await trx.from('skill_plans').where('id', plan.id).increment('likes_count', 1)
      await this.activities.record(
        {
          actorId: user.id,
          verb: 'plan.liked',
          subjectType: 'plan',
          subjectId: plan.id,
          planId: plan.id,
        },
        trx
      )
      return true
    })
    if (liked) {
      await this.#changed(user, plan)
      await this.#notifyOwner(user, plan, 'plan.liked')
    }
    return this.plans.summary(plan.id, user)
  }

  async unlike(user: User, plan: SkillPlan) {
    const removed = await db.transaction(async (trx) => {
      if ((await removeRow(trx, 'plan_likes', this.#key(plan, user), 'plan_id')) === null)
        return false
      await trx.from('skill_plans').where('id', plan.id).decrement('likes_count', 1)
      await this.#forgetActivity(trx, user, plan, 'plan.liked')
      return true
    })
    if (removed) await this.#changed(user, plan)
    return this.plans.summary(plan.id, user)
  }

  /**
   * Counted once per user (the owner's own downloads are not counted); the
   * owner is notified when the count reaches a milestone. Answers the full plan.
   */
  async download(user: User, plan: SkillPlan) {
    const total = user.id === plan.ownerId ? null : await this.#countDownload(user, plan)
    if (total !== null) {
      await this.#changed(user, plan)
      if (DOWNLOAD_MILESTONES.includes(total)) {
        await this.notifications.notify({
          userId: plan.ownerId,
          type: 'plan.download_milestone',
          groupKey: `plan.download_milestone:${plan.id}:${total}`,
          data: { planId: plan.id, planTitle: plan.title, milestone: total },
        })
      }
    }
    return { ...(await this.plans.show(plan, user)), counted: total !== null }
  }

  /** One rating per user: rating again replaces the score. */
  async rate(user: User, plan: SkillPlan, score: number) {
    const previous = await db.transaction(async (trx) => {
      const now = sqlNow()
      const before = await upsertValue(trx, 'plan_ratings', this.#key(plan, user), 'score', score, {
        insert: { created_at: now, updated_at: now },
        update: { updated_at: now },
      })
      const counters = trx.from('skill_plans').where('id', plan.id)
      if (before === null) {
        await counters.increment({ ratings_sum: score, ratings_count: 1 })
        await this.activities.record(
          {
            actorId: user.id,
            verb: 'plan.rated',
            subjectType: 'plan',
            subjectId: plan.id,
            planId: plan.id,
            data: { score },
          },
          trx
        )
      } else if (before !== score) {
        await counters.increment('ratings_sum', score - before)
      }
      return before
    })
    if (previous === null) await this.#changed(user, plan)
    else if (previous !== score) await this.plans.invalidate(plan.id, plan.ownerId)
    if (previous === null) await this.#notifyOwner(user, plan, 'plan.rated')
    return this.plans.summary(plan.id, user)
  }

  async unrate(user: User, plan: SkillPlan) {
    const removed = await db.transaction(async (trx) => {
      const score = await removeRow(trx, 'plan_ratings', this.#key(plan, user), 'score')
      if (score === null) return false
      await trx
        .from('skill_plans')
        .where('id', plan.id)
        .decrement({ ratings_sum: score, ratings_count: 1 })
      await this.#forgetActivity(trx, user, plan, 'plan.rated')
      return true
    })
    if (removed) await this.#changed(user, plan)
    return this.plans.summary(plan.id, user)
  }

  /** Records the user's first download; returns the new count, or null when it was not the first. */
  #countDownload(user: User, plan: SkillPlan) {
    return db.transaction(async (trx) => {
      if (
        !(await insertOnce(trx, 'plan_downloads', this.#key(plan, user), { created_at: sqlNow() }))
      )
        return null
      await trx.from('skill_plans').where('id', plan.id).increment('downloads_count', 1)
      await this.activities.record(
        {
          actorId: user.id,
          verb: 'plan.downloaded',
          subjectType: 'plan',
          subjectId: plan.id,
          planId: plan.id,
        },
        trx
      )
      // The increment keeps the row locked until commit, so this is the count this download made.
      const row = await trx
        .from('skill_plans')
        .where('id', plan.id)
        .select('downloads_count')
        .firstOrFail()
      return Number(row.downloads_count)
    })
  }

  /** After an interaction that recorded or removed an activity committed: the plan's caches and the feeds. */
  async #changed(user: User, plan: SkillPlan) {
    await this.plans.invalidate(plan.id, plan.ownerId)
    await this.feeds.activitiesChanged(user.id)
  }

  #key(plan: SkillPlan, user: User) {
    return { plan_id: plan.id, user_id: user.id }
  }

  /** A withdrawn like or rating leaves the feeds too. */
  #forgetActivity(
    trx: TransactionClientContract,
    user: User,
    plan: SkillPlan,
    verb: 'plan.liked' | 'plan.rated'
  ) {
    return trx.from('activities').where({ actor_id: user.id, plan_id: plan.id, verb }).delete()
  }

  #notifyOwner(user: User, plan: SkillPlan, type: 'plan.liked' | 'plan.rated') {
    return this.notifications.notify({
      userId: plan.ownerId,
      type,
      groupKey: `${type}:${plan.id}`,
      actor: { id: user.id, name: user.fullName },
      data: { planId: plan.id, planTitle: plan.title },
    })
  }
}
