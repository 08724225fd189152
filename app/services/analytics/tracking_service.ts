import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import Campaign from '#models/campaign'
import Product from '#models/product'
import SkillPlan from '#models/skill_plan'
import User from '#models/user'
import type { EventType } from '#models/analytics_event'
import AppException from '#exceptions/app_exception'
import CampaignPolicy from '#policies/marketplace/campaign_policy'
import { canFind } from '#services/community/people'
import { canReachPlan } from '#services/community/visibility'
import { sqlNow } from '#platform/db/time'
import type { trackEventValidator } from '#validators/analytics/analytics'

export type TrackedEvent = Infer<typeof trackEventValidator>

/** What each event type is about; `search` is about a query (`data.query`), not a stored object. */
export const SUBJECT_OF: Record<EventType, 'plan' | 'user' | 'campaign' | 'product' | 'search'> = {
  'plan.view': 'plan',
  'plan.share': 'plan',
  'plan.start': 'plan',
  'plan.task_complete': 'plan',
  'profile.view': 'user',
  'campaign.view': 'campaign',
  'product.view': 'product',
  'search': 'search',
}

/** Whether `viewer` may see the subject: undefined when it does not exist or is hidden from them (404). */
type Lookup = (viewer: User, id: number) => Promise<{ ownerId: number | null } | undefined>

const LOOKUPS: Record<Exclude<(typeof SUBJECT_OF)[EventType], 'search'>, Lookup> = {
  async plan(viewer, id) {
    const plan = await SkillPlan.query().where('id', id).preload('owner').first()
    return plan && (await canReachPlan(plan, plan.owner, viewer))
      ? { ownerId: plan.ownerId }
      : undefined
  },
  async user(viewer, id) {
    const target = await User.find(id)
    return target && (await canFind(viewer, target)) ? { ownerId: target.id } : undefined
  },
  async campaign(viewer, id) {
    const campaign = await Campaign.find(id)
    return campaign && (await new CampaignPolicy().view(viewer, campaign)) === true
      ? { ownerId: campaign.sponsorId }
      : undefined
  },
  async product(viewer, id) {
    const product = await Product.find(id)
    const visible =
      product &&
      ((product.active && !product.hiddenAt) || viewer.isAdmin || product.brandId === viewer.id)
    return visible ? { ownerId: product.brandId } : undefined
  },
}

/**
 * Records views and interactions. A request is checked whole before anything
 * is stored: every subject must exist and be visible to the caller (else 404,
 * naming the event), and a search needs its query (422). Events on the
 * caller's own plan, profile, campaign or product are ignored, so owners do
 * not inflate their figures.
 */
export default class TrackingService {
  async track(viewer: User, events: TrackedEvent[]) {
    const seen = new Map<string, { ownerId: number | null } | undefined>()
    const rows: Record<string, unknown>[] = []
    let ignored = 0
    for (const [index, event] of events.entries()) {
      const subjectType = SUBJECT_OF[event.type]
      const data = event.data ?? {}
      if (subjectType === 'search') {
        if (!data.query)
          throw AppException.invalid(
            `events.${index}.data.query`,
            'A search event needs data.query'
          )
        rows.push(row(viewer, event.type, subjectType, 0, data))
        continue
      }
      if (!event.subjectId)
        throw AppException.invalid(
          `events.${index}.subjectId`,
          `A ${event.type} event needs subjectId`
        )
      const key = `${subjectType}:${event.subjectId}`
      if (!seen.has(key)) seen.set(key, await LOOKUPS[subjectType](viewer, event.subjectId))
      const subject = seen.get(key)
      if (!subject)
        throw new AppException(
          404,
          'E_NOT_FOUND',
          `The ${subjectType} of event ${index} was not found`,
          `events.${index}.subjectId`
        )
      if (subject.ownerId === viewer.id) ignored++
      else rows.push(row(viewer, event.type, subjectType, event.subjectId, data))
    }
    if (rows.length) await db.table('analytics_events').multiInsert(rows)
    return { recorded: rows.length, ignored }
  }
}

function row(
  viewer: User,
  type: EventType,
  subjectType: string,
  subjectId: number,
  data: Record<string, string>
) {
  return {
    user_id: viewer.id,
    type,
    subject_type: subjectType,
    subject_id: subjectId,
    data: JSON.stringify(data),
    created_at: sqlNow(),
  }
}
