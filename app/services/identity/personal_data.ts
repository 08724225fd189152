import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { apiSerializer } from '#platform/http/api_serializer'
import UserTransformer from '#transformers/identity/user_transformer'

/** Where a member's rows live: section of the export → table, the columns that name the member, and the row order (default `id`). */
const SECTIONS: Record<string, { table: string; columns: string[]; order?: string[] }> = {
  campaigns: { table: 'campaigns', columns: ['sponsor_id'] },
  adRequests: { table: 'ad_requests', columns: ['sponsor_id', 'influencer_id'] },
  offers: { table: 'negotiation_offers', columns: ['author_id'] },
  conversations: { table: 'conversations', columns: ['sponsor_id', 'influencer_id'] },
  messagesSent: { table: 'messages', columns: ['sender_id'] },
  skillPlans: { table: 'skill_plans', columns: ['owner_id'] },
  planLikes: { table: 'plan_likes', columns: ['user_id'], order: ['plan_id'] },
  planDownloads: { table: 'plan_downloads', columns: ['user_id'], order: ['plan_id'] },
  planRatings: { table: 'plan_ratings', columns: ['user_id'], order: ['plan_id'] },
  comments: { table: 'comments', columns: ['user_id'] },
  customTasks: { table: 'custom_tasks', columns: ['user_id'] },
  customTaskVotes: { table: 'custom_task_votes', columns: ['user_id'], order: ['task_id'] },
  following: { table: 'follows', columns: ['follower_id'], order: ['followee_id'] },
  // Only the blocks the member made: who blocked them stays private to each blocker.
  blocked: { table: 'member_blocks', columns: ['blocker_id'], order: ['blocked_id'] },
  followers: { table: 'follows', columns: ['followee_id'], order: ['follower_id'] },
  activities: { table: 'activities', columns: ['actor_id'] },
  analyticsEvents: { table: 'analytics_events', columns: ['user_id'] },
  notifications: { table: 'notifications', columns: ['user_id'] },
  reportsFiled: { table: 'reports', columns: ['reporter_id'] },
  warnings: { table: 'user_warnings', columns: ['user_id'] },
  cartItems: { table: 'cart_items', columns: ['user_id'] },
  addresses: { table: 'addresses', columns: ['user_id'] },
  sales: { table: 'sales', columns: ['user_id'] },
  swipeSessions: { table: 'swipe_sessions', columns: ['user_id'] },
  giftRecommendations: { table: 'gift_recommendations', columns: ['user_id'] },
  recommendationInteractions: { table: 'recommendation_interactions', columns: ['user_id'] },
}

/** Credentials and secrets never leave the database, not even to their owner. */
const SECRET_COLUMN = /password|token|hash|nonce|secret/i

const withoutSecrets = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMN.test(column)))

/**
 * Everything Marquee stores about one member (GDPR right of access): the
 * account as the member sees it, then every row that names them, by section.
 */
export default class PersonalData {
  async collect(
    user: User,
    onSection: (done: number, total: number) => Promise<void> = async () => {}
  ) {
    await user.load((loader) => loader.load('sponsorProfile').load('influencerProfile'))
    const sections: Record<string, Record<string, unknown>[]> = {}
    const entries = Object.entries(SECTIONS)
    for (const [index, [name, { table, columns, order = ['id'] }]] of entries.entries()) {
      const query = db
        .from(table)
        .where((q) => columns.forEach((column) => q.orWhere(column, user.id)))
      for (const column of order) query.orderBy(column)
      sections[name] = (await query).map(withoutSecrets)
      await onSection(index + 1, entries.length)
    }
    const saleItems = await db
      .from('sale_items')
      .whereIn('sale_id', (q) => q.from('sales').select('id').where('user_id', user.id))
      .orderBy('id')
    const newsletter = await db.from('newsletter_subscribers').where('email', user.email).first()
    const emails = await db
      .from('mail_deliveries')
      .where('recipient', user.email)
      .orderBy('id')
      .select('mail', 'subject', 'status', 'created_at', 'sent_at')
    return {
      exportedAt: new Date().toISOString(),
      account: await apiSerializer.serializeWithoutWrapping(UserTransformer.transform(user)),
      newsletter: newsletter ? withoutSecrets(newsletter) : null,
      ...sections,
      saleItems: saleItems.map(withoutSecrets),
      emailsSent: emails,
    }
  }
}
