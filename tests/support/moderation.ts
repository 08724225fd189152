import type { ApiClient } from '@japa/api-client'
import Comment from '#models/comment'
import Conversation from '#models/conversation'
import CustomTask from '#models/custom_task'
import Message from '#models/message'
import Product from '#models/product'
import type { TargetType } from '#models/report'
import type User from '#models/user'
import { loadTarget } from '#services/moderation/targets'
import { actor } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import { API, campaignFor } from '#tests/support/marketplace'

export { API, firstError, ids } from '#tests/support/marketplace'

export const MODERATION = `${API}/admin/moderation`

export type Actor = Awaited<ReturnType<typeof actor>>

export interface ReportBody {
  id: number
  targetType: TargetType
  targetId: number
  reason: string
  status: string
  action: string | null
  resolutionNote: string | null
  priority: number
  automatic: boolean
  reporterId: number | null
  targetOwnerId: number | null
  claimedBy: number | null
  claimExpiresAt: string | null
  resolvedAt: string | null
  version: number
}

/** A product row for setup (commerce routes are another module's). */
export function productOf(brand: User | null, overrides: Partial<Product> = {}) {
  return Product.create({
    brandId: brand?.id ?? null,
    name: 'Setup product',
    description: 'A product made for a test',
    price: 1_999,
    currency: 'USD',
    stock: 10,
    images: [],
    tags: [],
    featured: false,
    active: true,
    salesCount: 0,
    ...overrides,
  })
}

/** A conversation between a brand and an influencer, written straight to the database. */
export function conversationOf(sponsor: User, influencer: User) {
  return Conversation.create({ sponsorId: sponsor.id, influencerId: influencer.id })
}

/**
 * One piece of content of each reportable type, owned by `owner` (a sponsor when it must be).
 * A message is sent in a conversation with `counterpart` (an influencer; a new one by default).
 */
export async function contentOf(
  type: TargetType,
  owner: User,
  counterpart?: User
): Promise<number> {
  switch (type) {
    case 'plan':
      return (await planFor(owner)).id
    case 'comment': {
      const plan = await planFor(owner)
      return (
        await Comment.create({
          planId: plan.id,
          userId: owner.id,
          parentId: null,
          depth: 0,
          body: 'A setup comment',
        })
      ).id
    }
    case 'custom_task': {
      const plan = await planFor(owner)
      return (
        await CustomTask.create({
          planId: plan.id,
          userId: owner.id,
          day: 1,
          title: 'A setup task',
          description: null,
          score: 0,
        })
      ).id
    }
    case 'campaign':
      return (await campaignFor(owner)).id
    case 'message': {
      const conversation = await conversationOf(
        owner,
        counterpart ?? (await actor('influencer')).user
      )
      return (
        await Message.create({
          conversationId: conversation.id,
          senderId: owner.id,
          body: 'A setup message',
          adRequestId: null,
        })
      ).id
    }
    case 'product':
      return (await productOf(owner)).id
    case 'user':
      return owner.id
  }
}

/** Whether moderation currently hides the target (for a user: blocked). */
export async function isHidden(type: TargetType, id: number) {
  const target = await loadTarget(type, id)
  if (!target) throw new Error(`no ${type} ${id}`)
  return target.hidden
}

export const fileReport = (client: ApiClient, who: Actor, body: Record<string, unknown>) =>
  client.post(`${API}/reports`).bearerToken(who.token).json(body)

/** Files a report and asserts 201; returns the report. */
export async function report(
  client: ApiClient,
  who: Actor,
  targetType: TargetType,
  targetId: number,
  reason = 'spam',
  details?: string
) {
  const res = await fileReport(client, who, {
    targetType,
    targetId,
    reason,
    ...(details ? { details } : {}),
  })
  res.assertStatus(201)
  return res.body().data as ReportBody
}

export const claim = (client: ApiClient, admin: Actor, id: number) =>
  client.post(`${MODERATION}/reports/${id}/claim`).bearerToken(admin.token)

export const resolve = (
  client: ApiClient,
  admin: Actor,
  id: number,
  action: string,
  version: number,
  note?: string
) =>
  client
    .post(`${MODERATION}/reports/${id}/resolve`)
    .bearerToken(admin.token)
    .json({ action, version, ...(note ? { note } : {}) })

export const dismiss = (
  client: ApiClient,
  admin: Actor,
  id: number,
  version: number,
  note?: string
) =>
  client
    .post(`${MODERATION}/reports/${id}/dismiss`)
    .bearerToken(admin.token)
    .json({ version, ...(note ? { note } : {}) })

/** The report as an admin sees it now. */
export async function current(client: ApiClient, admin: Actor, id: number) {
  const res = await client.get(`${MODERATION}/reports/${id}`).bearerToken(admin.token)
  res.assertStatus(200)
  return res.body().data as ReportBody
}

/** Creates an auto-moderation rule over the API and asserts 201. */
export async function createRule(client: ApiClient, admin: Actor, body: Record<string, unknown>) {
  const res = await client
    .post(`${MODERATION}/rules`)
    .bearerToken(admin.token)
    .json({ name: 'Test rule', ...body })
  res.assertStatus(201)
  return res.body().data as { id: number; kind: string; action: string; enabled: boolean }
}

/** The admin review queue with query filters. */
export async function queue(
  client: ApiClient,
  admin: Actor,
  qs: Record<string, string | number> = {}
) {
  const res = await client
    .get(`${MODERATION}/reports`)
    .qs({ perPage: 100, ...qs })
    .bearerToken(admin.token)
  res.assertStatus(200)
  return res.body().data as ReportBody[]
}
