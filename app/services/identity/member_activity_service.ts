import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import AppException from '#exceptions/app_exception'
import { ownedContent } from '#services/moderation/targets'
import { countOf } from '#platform/db/query'

const count = countOf

/** Counts of the reports in `query` per status. */
async function byStatus(query: ReturnType<typeof db.from>) {
  const rows: { status: string; total: number | string }[] = await query
    .select('status')
    .count('* as total')
    .groupBy('status')
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.total)])) as Record<
    string,
    number
  >
}

/**
 * What an admin looks at before deciding on a member: what they published
 * (and how much of it is hidden), their dealings, the reports they filed
 * and the reports about them, warnings, and the last admin action on them.
 */
export default class MemberActivityService {
  async summary(userId: number) {
    const user = await db.from('users').where('id', userId).select('id', 'credibility').first()
    if (!user) throw AppException.notFound('User')
    // One query after the other: an admin screen, and a caller's transaction (one connection) must be able to run it.
    const content = await ownedContent(user.id)
    const adRequests = await count(
      db
        .from('ad_requests')
        .where((q) => q.where('sponsor_id', user.id).orWhere('influencer_id', user.id))
    )
    const purchases = await count(db.from('sales').where('user_id', user.id))
    const followers = await count(db.from('follows').where('followee_id', user.id))
    const filed = await byStatus(db.from('reports').where('reporter_id', user.id))
    const about = await byStatus(db.from('reports').where('target_owner_id', user.id))
    const warnings = await count(db.from('user_warnings').where('user_id', user.id))
    const lastAction = await AuditLog.query()
      .where({ target_type: 'user', target_id: String(user.id) })
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .first()
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((total, n) => total + n, 0)
    return {
      content: {
        plans: content.plan.total,
        comments: content.comment.total,
        customTasks: content.custom_task.total,
        campaigns: content.campaign.total,
        products: content.product.total,
        messages: content.message.total,
        hidden: sum(
          Object.fromEntries(Object.entries(content).map(([type, c]) => [type, c.hidden]))
        ),
      },
      adRequests,
      purchases,
      followers,
      credibility: Number(user.credibility),
      reportsFiled: {
        total: sum(filed),
        upheld: filed.resolved ?? 0,
        dismissed: filed.dismissed ?? 0,
      },
      reportsAbout: {
        open: (about.open ?? 0) + (about.claimed ?? 0),
        resolved: about.resolved ?? 0,
        dismissed: about.dismissed ?? 0,
      },
      warnings,
      lastAdminAction: lastAction
        ? { action: lastAction.action, createdAt: lastAction.createdAt.toISO()! }
        : null,
    }
  }
}

export type MemberActivity = Awaited<ReturnType<MemberActivityService['summary']>>
