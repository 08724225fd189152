import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import SkillPlan from '#models/skill_plan'
import PlanTask from '#models/plan_task'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import ActivityService from '#services/community/activity_service'
import FeedCache from '#services/community/feed_cache'
import { profileTag } from '#services/community/follow_service'
import { LEADERBOARD_TAG } from '#services/community/leaderboard_service'
import { LISTINGS_TAG } from '#services/community/listings'
import { listedPlans } from '#services/community/visibility'
import CacheService from '#platform/cache/cache_service'
import { apiSerializer } from '#platform/http/api_serializer'
import PlanTransformer, { type PlanViewerState } from '#transformers/community/plan_transformer'
import type { createPlanValidator, updatePlanValidator } from '#validators/community/plan'
import ContentScanner from '#services/moderation/content_scanner'

type CreatePayload = Infer<typeof createPlanValidator>
type UpdatePayload = Infer<typeof updatePlanValidator>
type TaskInput = CreatePayload['tasks'][number]

/** Cache tag of everything derived from one plan: any change to it (counters included) drops it. */
export const planTag = (planId: number) => `plan:${planId}`

/** What a feed item shows of its plan, or decides whether it shows at all. */
const FEED_FIELDS = ['visibility', 'title', 'category'] as const

/** Every task's day must fall within the plan; the first one outside is reported by its index. */
function ensureWithinDuration(tasks: TaskInput[], durationDays: number) {
  const index = tasks.findIndex((task) => task.day > durationDays)
  if (index >= 0) {
    throw AppException.invalid(
      `tasks.${index}.day`,
      `Day ${tasks[index].day} is outside the plan: days run from 1 to ${durationDays}`
    )
  }
}

/** Replaces the plan's tasks wholesale (one multi-row insert), numbering them in the given order within each day. */
export async function replaceTasks(
  trx: TransactionClientContract,
  planId: number,
  tasks: TaskInput[]
) {
  await trx.from('plan_tasks').where('plan_id', planId).delete()
  const positions = new Map<number, number>()
  const rows = tasks.map((task) => {
    const position = (positions.get(task.day) ?? 0) + 1
    positions.set(task.day, position)
    return {
      plan_id: planId,
      day: task.day,
      position,
      title: task.title,
      description: task.description ?? null,
    }
  })
  await trx.table('plan_tasks').multiInsert(rows)
}

const uniqueTags = (tags: string[] | undefined) => [...new Set(tags ?? [])]

/**
 * Skill plans: CRUD by their owner (tasks in the same transaction), the
 * owner's and a user's lists, and the full plan, cached per plan (family
 * `skillPlans`, tag `plan:<id>`). The cached part is the same for every
 * viewer; what depends on the viewer is read fresh on each request.
 */
@inject()
export default class PlanService {
  constructor(
    private cache: CacheService,
    private activities: ActivityService,
    private scanner: ContentScanner,
    private feeds: FeedCache
  ) {}

  async create(owner: User, payload: CreatePayload) {
    ensureWithinDuration(payload.tasks, payload.durationDays)
    const plan = await db.transaction(async (trx) => {
      const created = await SkillPlan.create(
        {
          ownerId: owner.id,
          title: payload.title,
          description: payload.description,
          category: payload.category,
          difficulty: payload.difficulty,
          durationDays: payload.durationDays,
          tags: uniqueTags(payload.tags),
          visibility: payload.visibility ?? 'public',
        },
        { client: trx }
      )
      await replaceTasks(trx, created.id, payload.tasks)
      await this.activities.record(
        {
          actorId: owner.id,
          verb: 'plan.created',
          subjectType: 'plan',
          subjectId: created.id,
          planId: created.id,
          data: { title: created.title },
        },
        trx
      )
      return created
    })
    await this.scan(plan.id, payload)
    await this.#listingsChanged(plan.id, owner.id)
    await this.feeds.activitiesChanged(owner.id)
    return this.find(plan.id)
  }

  /** Auto-moderation of the plan's text: title, description, tags and task titles. */
  private scan(
    id: number,
    payload: Partial<Pick<CreatePayload, 'title' | 'description' | 'tags' | 'tasks'>>
  ) {
    const tasks = payload.tasks?.flatMap((task) => [task.title, task.description]) ?? []
    return this.scanner.scan('plan', id, [
      payload.title,
      payload.description,
      ...(payload.tags ?? []),
      ...tasks,
    ])
  }

  async update(plan: SkillPlan, payload: UpdatePayload) {
    const shownInFeeds = await db.transaction(async (trx) => {
      const locked = await SkillPlan.query({ client: trx })
        .where('id', plan.id)
        .forUpdate()
        .firstOrFail()
      const { tasks, tags, ...fields } = payload
      locked.merge(fields)
      if (tags) locked.tags = uniqueTags(tags)
      if (tasks) {
        ensureWithinDuration(tasks, locked.durationDays)
        await replaceTasks(trx, locked.id, tasks)
        locked.updatedAt = DateTime.utc()
      } else if (fields.durationDays !== undefined) {
        const beyond = await PlanTask.query({ client: trx })
          .where('plan_id', locked.id)
          .where('day', '>', locked.durationDays)
          .first()
        if (beyond)
          throw AppException.invalid(
            'durationDays',
            `Day ${beyond.day} has tasks: send the new tasks with a shorter duration`
          )
      }
      const shown = FEED_FIELDS.some((field) => field in locked.$dirty)
      await locked.useTransaction(trx).save()
      return shown
    })
    await this.scan(plan.id, payload)
    await this.#listingsChanged(plan.id, plan.ownerId)
    if (shownInFeeds) await this.feeds.dropAll()
    return this.find(plan.id)
  }

  async delete(plan: SkillPlan) {
    await SkillPlan.query().where('id', plan.id).delete()
    await this.#listingsChanged(plan.id, plan.ownerId)
    await this.feeds.dropAll()
  }

  /** The plan with its owner, whatever its visibility (authorize with PlanPolicy before showing it). */
  async find(id: number) {
    const plan = await SkillPlan.query().where('id', id).preload('owner').first()
    if (!plan) throw AppException.notFound('Plan')
    return plan
  }

  /** The owner's plans, unlisted and hidden ones included, newest first. */
  mine(owner: User, page = 1, perPage = 20) {
    return SkillPlan.query()
      .where('owner_id', owner.id)
      .preload('owner')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
  }

  /** Any existing account, as the owner of a list of plans (authorize with ProfilePolicy before listing them). */
  async findOwner(userId: number) {
    const user = await User.find(userId)
    if (!user) throw AppException.notFound('User')
    return user
  }

  /** A user's listed plans (never unlisted or hidden ones), newest first; 404 for blocked or inactive users. */
  async ofUser(user: User, page = 1, perPage = 20) {
    if (!user.canAct) throw AppException.notFound('User')
    return listedPlans()
      .where('skill_plans.owner_id', user.id)
      .preload('owner')
      .orderBy('skill_plans.created_at', 'desc')
      .orderBy('skill_plans.id', 'desc')
      .paginate(page, perPage)
  }

  /** The full plan for `viewer`: the shared cached part, then the viewer's own state and the live moderation flag. */
  async show(plan: SkillPlan, viewer: User) {
    const { value, computedAt } = await this.detail(plan.id)
    const state = await this.viewerState(plan.id, viewer.id)
    return { plan: { ...value, hidden: Boolean(plan.hiddenAt), ...state }, computedAt }
  }

  /** The plan (fresh, no tasks) and the viewer's state, as answered after an interaction. */
  async summary(planId: number, viewer: User) {
    const plan = await this.find(planId)
    return { plan, viewer: await this.viewerState(planId, viewer.id) }
  }

  async viewerState(planId: number, userId: number): Promise<PlanViewerState> {
    const key = [planId, userId]
    const row = await db
      .query()
      .select(
        db.raw('exists (select 1 from plan_likes where plan_id = ? and user_id = ?) as liked', key),
        db.raw('(select score from plan_ratings where plan_id = ? and user_id = ?) as score', key),
        db.raw(
          'exists (select 1 from plan_downloads where plan_id = ? and user_id = ?) as downloaded',
          key
        )
      )
      .firstOrFail()
    // PostgreSQL answers booleans, SQLite 0/1.
    return {
      likedByMe: Boolean(row.liked),
      myRating: row.score === null ? null : Number(row.score),
      downloadedByMe: Boolean(row.downloaded),
    }
  }

  /**
   * Call after any committed change to a plan, its tasks or its counters: the
   * plan, and (given its owner) the owner's profile figures and the
   * leaderboard, which add the counters up.
   */
  invalidate(planId: number, ownerId?: number) {
    return this.cache.invalidateTags(
      ownerId === undefined
        ? [planTag(planId), LEADERBOARD_TAG]
        : [planTag(planId), profileTag(ownerId), LEADERBOARD_TAG]
    )
  }

  /** After a plan was created, edited or deleted: also every listing of plans (search, categories, trending). */
  #listingsChanged(planId: number, ownerId: number) {
    return this.cache.invalidateTags([planTag(planId), profileTag(ownerId), LISTINGS_TAG])
  }

  private detail(planId: number) {
    return this.cache.remember(
      'skillPlans',
      `plan:${planId}`,
      async () => {
        const plan = await SkillPlan.query()
          .where('id', planId)
          .preload('owner')
          .preload('tasks', (q) => q.orderBy('day', 'asc').orderBy('position', 'asc'))
          .firstOrFail()
        return (await apiSerializer.serializeWithoutWrapping(
          PlanTransformer.transform(plan).useVariant('forDetail')
        )) as Record<string, unknown>
      },
      { tags: [planTag(planId)] }
    )
  }
}
