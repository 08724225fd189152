import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import CustomTask from '#models/custom_task'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import ActivityService from '#services/community/activity_service'
import FeedCache from '#services/community/feed_cache'
import PlanService from '#services/community/plan_service'
import { removeRow, upsertValue } from '#services/community/interaction_rows'
import { visibleOwners } from '#services/community/visibility'
import NotificationService from '#services/notifications/notification_service'
import { sqlNow } from '#platform/db/time'
import type {
  createCustomTaskValidator,
  listCustomTasksValidator,
} from '#validators/community/custom_task'
import ContentScanner from '#services/moderation/content_scanner'

/**
 * Tasks the community suggests for a day of a plan, ranked by score (the sum
 * of +1/-1 votes, one vote per user, kept exact in the vote's transaction).
 */
@inject()
export default class CustomTaskService {
  constructor(
    private plans: PlanService,
    private notifications: NotificationService,
    private activities: ActivityService,
    private scanner: ContentScanner,
    private feeds: FeedCache
  ) {}

  async create(user: User, plan: SkillPlan, payload: Infer<typeof createCustomTaskValidator>) {
    if (payload.day > plan.durationDays)
      throw AppException.invalid(
        'day',
        `Day ${payload.day} is outside the plan: days run from 1 to ${plan.durationDays}`
      )
    const task = await db.transaction(async (trx) => {
      const created = await CustomTask.create(
        {
          planId: plan.id,
          userId: user.id,
          day: payload.day,
          title: payload.title,
          description: payload.description ?? null,
          score: 0,
        },
        { client: trx }
      )
      await this.activities.record(
        {
          actorId: user.id,
          verb: 'custom_task.created',
          subjectType: 'custom_task',
          subjectId: created.id,
          planId: plan.id,
          data: { day: created.day },
        },
        trx
      )
      return created
    })
    await this.feeds.activitiesChanged(user.id)
    if (await this.scanner.scan('custom_task', task.id, [task.title, task.description]))
      return this.find(task.id)
    await this.notifications.notify({
      userId: plan.ownerId,
      type: 'plan.custom_task',
      groupKey: `plan.custom_task:${plan.id}`,
      actor: { id: user.id, name: user.fullName },
      body: task.title,
      data: { planId: plan.id, planTitle: plan.title, customTaskId: task.id, day: task.day },
    })
    return this.find(task.id)
  }

  /** Visible suggestions (not hidden, author not blocked) within the plan's days: best score first, then oldest. */
  async list(plan: SkillPlan, viewer: User, filters: Infer<typeof listCustomTasksValidator>) {
    const query = CustomTask.query()
      .where('plan_id', plan.id)
      .where('day', '<=', plan.durationDays)
      .whereNull('hidden_at')
      .whereIn('user_id', visibleOwners)
      .preload('author')
    if (filters.day) query.where('day', filters.day)
    const page = await query
      .orderBy('score', 'desc')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
    const ids = page.all().map((task) => task.id)
    const votes = ids.length
      ? await db
          .from('custom_task_votes')
          .where('user_id', viewer.id)
          .whereIn('task_id', ids)
          .select('task_id', 'value')
      : []
    const mine = new Map(votes.map((vote) => [Number(vote.task_id), Number(vote.value)]))
    return {
      items: page.all().map((task) => ({ task, myVote: mine.get(task.id) ?? null })),
      meta: page.getMeta(),
    }
  }

  /** Votes +1 or -1; voting again replaces the vote and moves the score by the difference. */
  async vote(user: User, task: CustomTask, value: number) {
    await db.transaction(async (trx) => {
      const previous = await upsertValue(
        trx,
        'custom_task_votes',
        { task_id: task.id, user_id: user.id },
        'value',
        value,
        { insert: { created_at: sqlNow() } }
      )
      const delta = value - (previous ?? 0)
      if (delta) await trx.from('custom_tasks').where('id', task.id).increment('score', delta)
    })
    return { task: await this.find(task.id), myVote: value }
  }

  async unvote(user: User, task: CustomTask) {
    await db.transaction(async (trx) => {
      const previous = await removeRow(
        trx,
        'custom_task_votes',
        { task_id: task.id, user_id: user.id },
        'value'
      )
      if (previous) await trx.from('custom_tasks').where('id', task.id).decrement('score', previous)
    })
    return { task: await this.find(task.id), myVote: null }
  }

  /** The suggestion with its author, and its plan (with owner) for the policies. */
  async withPlan(id: number) {
    const task = await this.find(id)
    return { task, plan: await this.plans.find(task.planId) }
  }

  private async find(id: number) {
    const task = await CustomTask.query().where('id', id).preload('author').first()
    if (!task) throw AppException.notFound('Custom task')
    return task
  }
}
