import { randomBytes } from 'node:crypto'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import User, { type PrivacySettings } from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import PlanService from '#services/community/plan_service'
import {
  notificationTitle,
  type NotificationType,
} from '#services/notifications/notification_types'
import CacheService from '#platform/cache/cache_service'
import { userTags } from '#services/operations/cache_admin_service'
import MemberCache from '#services/community/member_cache'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import { invalidateSales } from '#services/commerce/sales_range'
import { notificationsTag } from '#services/notifications/notification_service'
import { likeContains } from '#platform/db/search'
import { sqlNow } from '#platform/db/time'
import { revokeVerified } from '#services/identity/session_revocations'

/** How a deleted member's kept content is attributed. */
export const DELETED_NAME = 'Deleted user'

const HIDDEN_PROFILE: PrivacySettings = {
  profileVisibility: 'private',
  showEmail: false,
  showStats: false,
  showFollowers: false,
  emailDigest: false,
  weeklySummary: false,
}

/** Ad requests still waiting for an answer, declined when a party leaves. */
const OPEN_AD_REQUESTS = ['pending', 'negotiating']

/**
 * GDPR right to erasure, in one transaction (all or nothing):
 *
 * - **Removed**: likes, downloads, ratings and custom-task votes (the plans'
 *   counters and task scores move back), follows both ways, feed activities,
 *   suggested custom tasks, the member's notifications and engagement figures,
 *   profiles, addresses, cart, gifting sessions and interactions, the
 *   newsletter subscription, warnings, and every token (all sessions end).
 * - **Emptied**: comments become "[deleted]" placeholders (body wiped, replies
 *   by others stay); messages sent and offer notes have their text wiped.
 * - **Anonymised**: the user row stays as a "Deleted user" tombstone (new
 *   unusable e-mail and password, private profile, `deleted_at`), so skill
 *   plans, campaigns, ad requests and offers other people rely on keep
 *   working under that name; open ad requests are declined; the brand's
 *   products are withdrawn; sales are detached (kept for bookkeeping);
 *   analytics events and reports filed lose their author (and the
 *   reporter's own words); the name is replaced in others' notifications and
 *   in the e-mail log's subjects.
 * - **Purged where copied**: others' notifications that quoted the member
 *   (comment, suggested task or message previews) lose that text, and
 *   activities of others about the member (follows) go. After commit every
 *   cached read naming the member or showing their content is dropped
 *   (MemberCache), so no cached feed, search page or directory page still
 *   shows them.
 *
 * An audit row records the deletion with the counts. Admin accounts cannot
 * delete themselves.
 */
@inject()
export default class AccountDeletionService {
  constructor(
    private audit: AuditService,
    private plans: PlanService,
    private cache: CacheService,
    private members: MemberCache
  ) {}

  async delete(user: User, password: string, ctx?: HttpContext) {
    if (!(await hash.verify(user.password, password))) {
      throw AppException.invalid('password', 'The password is wrong', 'E_INVALID_CREDENTIALS')
    }
    const { planIds, counts, notifiedUsers } = await db.transaction(async (trx) => {
      const locked = await User.query({ client: trx }).where('id', user.id).forUpdate().first()
      if (!locked || locked.deletedAt) throw AppException.notFound('Account')
      const result = await this.erase(trx, locked)
      await this.audit.record(
        locked,
        {
          action: 'account.delete',
          targetType: 'user',
          targetId: user.id,
          details: { role: user.role, ...result.counts },
        },
        trx,
        ctx
      )
      return result
    })
    await Promise.all(planIds.map((id) => this.plans.invalidate(id)))
    await this.cache.invalidateTags([...userTags(user.id), ...notifiedUsers.map(notificationsTag)])
    await this.members.changed(user.id)
    // Withdrawn products leave the catalogue; detached sales no longer name the member in the admin sales list.
    await Promise.all([invalidateCatalogue(this.cache), invalidateSales(this.cache)])
    return counts
  }

  private async erase(trx: TransactionClientContract, user: User) {
    const id = user.id
    const now = sqlNow()
    const ofUser = (table: string, column = 'user_id') => trx.from(table).where(column, id)
    const plansOf = async (table: string) => {
      const rows = await ofUser(table).select('plan_id')
      return rows.map((r) => Number(r.plan_id))
    }
    const planIds = new Set<number>([
      ...(await plansOf('plan_likes')),
      ...(await plansOf('plan_downloads')),
      ...(await plansOf('plan_ratings')),
      ...(await plansOf('comments')),
    ])
    for (const row of await ofUser('skill_plans', 'owner_id').select('id'))
      planIds.add(Number(row.id))

    // Counters first, from the rows about to go.
    await trx.rawQuery(
      'update skill_plans set likes_count = likes_count - 1 where id in (select plan_id from plan_likes where user_id = ?)',
      [id]
    )
    await trx.rawQuery(
      'update skill_plans set downloads_count = downloads_count - 1 where id in (select plan_id from plan_downloads where user_id = ?)',
      [id]
    )
    await trx.rawQuery(
      'update skill_plans set ratings_count = ratings_count - 1, ratings_sum = ratings_sum - (select r.score from plan_ratings r where r.plan_id = skill_plans.id and r.user_id = ?) ' +
        'where id in (select plan_id from plan_ratings where user_id = ?)',
      [id, id]
    )
    await trx.rawQuery(
      'update skill_plans set comments_count = comments_count - (select count(*) from comments c where c.plan_id = skill_plans.id and c.user_id = ? and c.deleted_at is null) ' +
        'where id in (select plan_id from comments where user_id = ? and deleted_at is null)',
      [id, id]
    )
    await trx.rawQuery(
      'update custom_tasks set score = score - (select v.value from custom_task_votes v where v.task_id = custom_tasks.id and v.user_id = ?) ' +
        'where id in (select task_id from custom_task_votes where user_id = ?)',
      [id, id]
    )

    const commentRows = await ofUser('comments').select('id')
    const commentIds = commentRows.map((r) => Number(r.id))
    const counts = {
      likes: Number(await ofUser('plan_likes').delete()),
      downloads: Number(await ofUser('plan_downloads').delete()),
      ratings: Number(await ofUser('plan_ratings').delete()),
      customTaskVotes: Number(await ofUser('custom_task_votes').delete()),
      customTasks: Number(await ofUser('custom_tasks').delete()),
      comments: Number(
        await ofUser('comments').update({
          body: '',
          deleted_at: trx.raw('coalesce(deleted_at, ?)', [now]),
          updated_at: now,
        })
      ),
      follows: Number(
        await trx.from('follows').where('follower_id', id).orWhere('followee_id', id).delete()
      ),
      activities:
        Number(await ofUser('activities', 'actor_id').delete()) +
        Number(
          await trx.from('activities').where({ subject_type: 'user', subject_id: id }).delete()
        ),
      notifications: Number(await ofUser('notifications').delete()),
      blocks: Number(
        await trx.from('member_blocks').where('blocker_id', id).orWhere('blocked_id', id).delete()
      ),
      messages: Number(await ofUser('messages', 'sender_id').update({ body: '' })),
      offerMessages: Number(
        await ofUser('negotiation_offers', 'author_id')
          .whereNotNull('message')
          .update({ message: null })
      ),
      declinedAdRequests: Number(
        await trx
          .from('ad_requests')
          .where((q) => q.where('sponsor_id', id).orWhere('influencer_id', id))
          .whereIn('status', OPEN_AD_REQUESTS)
          .update({ status: 'rejected', updated_at: now })
      ),
      withdrawnProducts: Number(
        await ofUser('products', 'brand_id').update({
          active: false,
          brand_id: null,
          updated_at: now,
        })
      ),
      detachedSales: Number(await ofUser('sales').update({ user_id: null })),
      addresses: Number(await ofUser('addresses').delete()),
      swipeSessions: Number(await ofUser('swipe_sessions').delete()),
    }
    if (commentIds.length)
      await trx
        .from('activities')
        .where('subject_type', 'comment')
        .whereIn('subject_id', commentIds)
        .delete()

    for (const table of [
      'cart_items',
      'idempotency_keys',
      'recommendation_interactions',
      'gift_recommendations',
      'user_warnings',
      'user_engagement',
      'sponsor_profiles',
      'influencer_profiles',
      'user_tokens',
      'refresh_tokens',
    ]) {
      await ofUser(table).delete()
    }
    await ofUser('auth_access_tokens', 'tokenable_id').delete()
    await revokeVerified({ users: [id] }, trx)
    await ofUser('analytics_events').update({ user_id: null })
    await ofUser('reports', 'reporter_id').update({ reporter_id: null, details: null })
    await trx.from('newsletter_subscribers').where('email', user.email).delete()

    const tombstoneEmail = `deleted-${id}@users.invalid`
    await trx
      .from('mail_deliveries')
      .where('recipient', user.email)
      .update({ recipient: tombstoneEmail })
    await trx
      .from('mail_deliveries')
      .whereRaw(`lower(subject) like ? escape '\\'`, [likeContains(user.fullName)])
      .update({ subject: trx.raw('replace(subject, ?, ?)', [user.fullName, DELETED_NAME]) })
    const notifiedUsers = await this.purgeFromNotifications(trx, user)

    user.useTransaction(trx)
    user.merge({
      email: tombstoneEmail,
      fullName: DELETED_NAME,
      password: randomBytes(32).toString('base64url'),
      privacy: HIDDEN_PROFILE,
      emailVerifiedAt: null,
      rejectionReason: null,
      blockReason: null,
      flagReason: null,
      flaggedAt: null,
      deletedAt: DateTime.utc(),
    })
    await user.save()
    return { planIds: [...planIds], counts, notifiedUsers }
  }

  /**
   * Others' notifications the member took part in: the text they quoted
   * (a comment, suggested task or message preview; a group keeps one preview,
   * so it goes whoever wrote the latest) is removed, and where the member was
   * the latest actor named, the name becomes "Deleted user". Answers whose
   * notifications changed.
   */
  private async purgeFromNotifications(trx: TransactionClientContract, user: User) {
    const candidates = await trx
      .from('notifications')
      .where('actor_ids', 'like', `%${user.id}%`)
      .select('id', 'user_id', 'type', 'actor_ids', 'actor_count', 'body', 'data')
    const changed = new Set<number>()
    for (const row of candidates) {
      const actorIds: number[] = JSON.parse(row.actor_ids)
      if (!actorIds.includes(user.id)) continue
      const data = JSON.parse(row.data)
      const update: Record<string, unknown> = {}
      if (row.body !== null) update.body = null
      if (data.actorName === user.fullName) {
        data.actorName = DELETED_NAME
        update.data = JSON.stringify(data)
        update.title = notificationTitle(row.type as NotificationType, {
          count: Number(row.actor_count),
          actorName: DELETED_NAME,
          data,
        })
      }
      if (!Object.keys(update).length) continue
      await trx.from('notifications').where('id', row.id).update(update)
      changed.add(Number(row.user_id))
    }
    return [...changed]
  }
}
