import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { TargetType } from '#models/report'
import { sqlNow } from '#platform/db/time'
import { revokeVerified } from '#services/identity/session_revocations'

export interface TargetInfo {
  ownerId: number | null
  /** Audience size, for report priority. */
  reach: number
  hidden: boolean
  /** A short excerpt for reviewers. */
  excerpt: string
}

interface TargetDefinition {
  table: string
  ownerColumn: string
  /** The column that hides the content from every public read. */
  hiddenColumn: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of several tables, read by column name
  excerpt: (row: Record<string, any>) => string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  reach: (row: Record<string, any>) => number
}

/**
 * What can be reported and how moderation hides or restores it. Hiding sets
 * the column every public read of that module already filters on.
 */
const TARGETS: Record<Exclude<TargetType, 'user'>, TargetDefinition> = {
  plan: {
    table: 'skill_plans',
    ownerColumn: 'owner_id',
    hiddenColumn: 'hidden_at',
    excerpt: (r) => r.title,
    reach: (r) => Number(r.likes_count) + Number(r.downloads_count),
  },
  comment: {
    table: 'comments',
    ownerColumn: 'user_id',
    hiddenColumn: 'hidden_at',
    excerpt: (r) => r.body,
    reach: () => 1,
  },
  custom_task: {
    table: 'custom_tasks',
    ownerColumn: 'user_id',
    hiddenColumn: 'hidden_at',
    excerpt: (r) => r.title,
    reach: (r) => Math.max(0, Number(r.score)),
  },
  campaign: {
    table: 'campaigns',
    ownerColumn: 'sponsor_id',
    hiddenColumn: 'flagged_at',
    excerpt: (r) => r.name,
    reach: () => 10,
  },
  message: {
    table: 'messages',
    ownerColumn: 'sender_id',
    hiddenColumn: 'hidden_at',
    excerpt: (r) => r.body,
    reach: () => 1,
  },
  product: {
    table: 'products',
    ownerColumn: 'brand_id',
    hiddenColumn: 'hidden_at',
    excerpt: (r) => r.name,
    reach: (r) => Number(r.sales_count),
  },
}

type Client = TransactionClientContract | typeof db

/** How much reportable content a member owns, per type, and how much of it moderation hides. */
export async function ownedContent(userId: number) {
  const counts = {} as Record<Exclude<TargetType, 'user'>, { total: number; hidden: number }>
  for (const [type, definition] of Object.entries(TARGETS) as [
    Exclude<TargetType, 'user'>,
    TargetDefinition,
  ][]) {
    const row = await db
      .from(definition.table)
      .where(definition.ownerColumn, userId)
      .select(db.raw('count(*) as total'), db.raw(`count(${definition.hiddenColumn}) as hidden`))
      .first()
    counts[type] = { total: Number(row?.total ?? 0), hidden: Number(row?.hidden ?? 0) }
  }
  return counts
}

export async function loadTarget(
  type: TargetType,
  id: number,
  client: Client = db
): Promise<TargetInfo | null> {
  if (type === 'user') {
    const user = await client.from('users').where('id', id).first()
    if (!user || user.role === 'admin') return null
    const followers = await client
      .from('follows')
      .where('followee_id', id)
      .count('* as total')
      .first()
    return {
      ownerId: user.id,
      reach: Number(followers?.total ?? 0),
      hidden: Boolean(user.blocked_at),
      excerpt: user.full_name,
    }
  }
  const definition = TARGETS[type]
  const row = await client.from(definition.table).where('id', id).first()
  if (!row) return null
  return {
    ownerId: row[definition.ownerColumn] ?? null,
    reach: definition.reach(row),
    hidden: Boolean(row[definition.hiddenColumn]),
    excerpt: String(definition.excerpt(row) ?? '').slice(0, 280),
  }
}

/** Hides (or restores) reported content; for a user, blocks (or unblocks) the account. */
export async function setHidden(
  type: TargetType,
  id: number,
  hidden: boolean,
  trx: TransactionClientContract
) {
  if (type === 'user') {
    await trx
      .from('users')
      .where('id', id)
      .update({
        blocked_at: hidden ? sqlNow() : null,
        block_reason: hidden ? 'Blocked by moderation' : null,
      })
    if (hidden) await revokeSessions(id, trx)
    else await revokeVerified({ users: [id] }, trx)
    return
  }
  const definition = TARGETS[type]
  await trx
    .from(definition.table)
    .where('id', id)
    .update({ [definition.hiddenColumn]: hidden ? sqlNow() : null })
}

export async function blockUser(userId: number, reason: string, trx: TransactionClientContract) {
  await trx
    .from('users')
    .where('id', userId)
    .whereNot('role', 'admin')
    .update({ blocked_at: sqlNow(), block_reason: reason })
  await revokeSessions(userId, trx)
}

async function revokeSessions(userId: number, trx: TransactionClientContract) {
  await trx.from('auth_access_tokens').where('tokenable_id', userId).delete()
  await trx
    .from('refresh_tokens')
    .where('user_id', userId)
    .whereNull('revoked_at')
    .update({ revoked_at: sqlNow(), revoked_reason: 'account' })
  await revokeVerified({ users: [userId] }, trx)
}

/**
 * Whether `userId` can see the content at all, so nobody reports (or learns of)
 * what is private to others: a chat message only by the two parties, a
 * private campaign only by its brand and the influencers it involves.
 */
export async function canReport(type: TargetType, id: number, userId: number) {
  if (type === 'message') {
    const party = await db
      .from('messages')
      .join('conversations', 'conversations.id', 'messages.conversation_id')
      .where('messages.id', id)
      .where((q) =>
        q.where('conversations.sponsor_id', userId).orWhere('conversations.influencer_id', userId)
      )
      .first()
    return Boolean(party)
  }
  if (type === 'campaign') {
    const campaign = await db.from('campaigns').where('id', id).first()
    if (!campaign) return false
    if (campaign.visibility === 'public' || campaign.sponsor_id === userId) return true
    return Boolean(
      await db.from('ad_requests').where({ campaign_id: id, influencer_id: userId }).first()
    )
  }
  return true
}
