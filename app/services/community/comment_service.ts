import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import Comment, { MAX_COMMENT_DEPTH } from '#models/comment'
import type SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import ActivityService from '#services/community/activity_service'
import FeedCache from '#services/community/feed_cache'
import { isBlockedBy } from '#services/community/people'
import PlanService from '#services/community/plan_service'
import NotificationService, { dropQuotedText } from '#services/notifications/notification_service'
import { sqlNow } from '#platform/db/time'
import type { CommentNode } from '#transformers/community/comment_transformer'
import ContentScanner from '#services/moderation/content_scanner'

/** Shown to everyone: not deleted, not hidden by moderation, author active and not blocked. */
const isVisible = (comment: Comment) =>
  !comment.deletedAt && !comment.hiddenAt && Boolean(comment.author?.canAct)

/**
 * Ids of the top-level comments of a plan whose thread holds at least one
 * visible comment (the same rule as `isVisible`), so a page never holds a
 * thread that renders empty.
 */
const LIVE_THREADS = `
  with recursive thread (id, root_id) as (
    select id, id from comments where plan_id = ? and parent_id is null
    union all
    select c.id, t.root_id from comments c join thread t on c.parent_id = t.id where c.plan_id = ?
  )
  select t.root_id from thread t join comments c on c.id = t.id
  where c.deleted_at is null and c.hidden_at is null
    and c.user_id in (select id from users where blocked_at is null and status = 'active')`

/**
 * Threaded comments: top-level ones paginated newest first, replies nested
 * oldest first down to MAX_COMMENT_DEPTH. A comment that is gone (deleted,
 * hidden, blocked author) stays as a "[deleted]" placeholder while visible
 * replies hang under it, and disappears otherwise. comments_count counts the
 * comments not deleted.
 */
@inject()
export default class CommentService {
  constructor(
    private plans: PlanService,
    private notifications: NotificationService,
    private activities: ActivityService,
    private scanner: ContentScanner,
    private feeds: FeedCache
  ) {}

  async thread(plan: SkillPlan, page = 1, perPage = 20) {
    const roots = await Comment.query()
      .where('plan_id', plan.id)
      .whereNull('parent_id')
      .whereIn('id', db.raw(LIVE_THREADS, [plan.id, plan.id]))
      .preload('author')
      .orderBy('id', 'desc')
      .paginate(page, perPage)

    const children = new Map<number, Comment[]>()
    let level = roots.all()
    for (let depth = 1; depth <= MAX_COMMENT_DEPTH && level.length; depth++) {
      level = await Comment.query()
        .whereIn(
          'parent_id',
          level.map((c) => c.id)
        )
        .preload('author')
        .orderBy('id', 'asc')
      for (const reply of level)
        children.set(reply.parentId!, [...(children.get(reply.parentId!) ?? []), reply])
    }
    const build = (comment: Comment): CommentNode | null => {
      const replies = (children.get(comment.id) ?? []).map(build).filter((node) => node !== null)
      const visible = isVisible(comment)
      return visible || replies.length ? { comment, visible, replies } : null
    }
    return {
      nodes: roots
        .all()
        .map(build)
        .filter((node) => node !== null),
      meta: roots.getMeta(),
    }
  }

  async create(user: User, plan: SkillPlan, body: string, parentId?: number) {
    const parent = parentId ? await this.#parent(user, plan, parentId) : null
    const comment = await db.transaction(async (trx) => {
      const created = await Comment.create(
        {
          planId: plan.id,
          userId: user.id,
          parentId: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          body,
        },
        { client: trx }
      )
      await trx.from('skill_plans').where('id', plan.id).increment('comments_count', 1)
      await this.activities.record(
        {
          actorId: user.id,
          verb: 'comment.created',
          subjectType: 'comment',
          subjectId: created.id,
          planId: plan.id,
          data: { parentId: created.parentId },
        },
        trx
      )
      return created
    })
    await this.plans.invalidate(plan.id)
    await this.feeds.activitiesChanged(user.id)
    const rule = await this.scanner.scan('comment', comment.id, [body])
    if (rule) await comment.refresh()
    if (!comment.hiddenAt) await this.#notify(user, plan, comment, parent)
    await comment.load('author')
    return { comment, visible: !comment.hiddenAt, replies: [] } satisfies CommentNode
  }

  async update(comment: Comment, body: string) {
    comment.body = body
    await comment.save()
    if (await this.scanner.scan('comment', comment.id, [body])) await comment.refresh()
    return { comment, visible: !comment.hiddenAt, replies: [] } satisfies CommentNode
  }

  async delete(comment: Comment) {
    const deleted = await db.transaction(async (trx) => {
      const updated = await trx
        .from('comments')
        .where('id', comment.id)
        .whereNull('deleted_at')
        .update({ deleted_at: sqlNow(), updated_at: sqlNow() }, ['id'])
      if (!updated.length) return false
      await trx.from('skill_plans').where('id', comment.planId).decrement('comments_count', 1)
      await trx
        .from('activities')
        .where({ subject_type: 'comment', subject_id: comment.id })
        .delete()
      return dropQuotedText(trx, 'commentId', comment.id)
    })
    if (!deleted) throw AppException.notFound('Comment')
    await Promise.all(deleted.map((userId) => this.notifications.invalidate(userId)))
    await this.plans.invalidate(comment.planId)
    await this.feeds.activitiesChanged(comment.userId)
  }

  /** The comment with its author and its plan (with owner), for CommentPolicy. */
  async find(id: number) {
    const comment = await Comment.query().where('id', id).preload('author').first()
    if (!comment) throw AppException.notFound('Comment')
    return { comment, plan: await this.plans.find(comment.planId) }
  }

  /** A comment of a member who blocked `user` is, to them, not there to reply to. */
  async #parent(user: User, plan: SkillPlan, parentId: number) {
    const parent = await Comment.query()
      .where('id', parentId)
      .where('plan_id', plan.id)
      .preload('author')
      .first()
    if (!parent || !isVisible(parent) || (await isBlockedBy(user, parent.userId)))
      throw AppException.invalid(
        'parentId',
        'There is no comment with this id on this plan to reply to'
      )
    if (parent.depth >= MAX_COMMENT_DEPTH) {
      throw AppException.invalid(
        'parentId',
        `Replies nest at most ${MAX_COMMENT_DEPTH} levels deep: reply higher up the thread`,
        'E_COMMENT_TOO_DEEP'
      )
    }
    return parent
  }

  /** The plan's owner hears of new comments, the parent's author of replies (once, if they are the owner). */
  async #notify(user: User, plan: SkillPlan, comment: Comment, parent: Comment | null) {
    const actor = { id: user.id, name: user.fullName }
    const data = { planId: plan.id, planTitle: plan.title, commentId: comment.id }
    if (parent?.userId !== plan.ownerId) {
      await this.notifications.notify({
        userId: plan.ownerId,
        type: 'plan.commented',
        groupKey: `plan.commented:${plan.id}`,
        actor,
        data,
        body: comment.body.slice(0, 200),
      })
    }
    if (parent) {
      await this.notifications.notify({
        userId: parent.userId,
        type: 'comment.replied',
        groupKey: `comment.replied:${parent.id}`,
        actor,
        data,
        body: comment.body.slice(0, 200),
      })
    }
  }
}
