import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import Campaign, { type CampaignStatus } from '#models/campaign'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import { compiledQuery } from '#platform/db/compiled_query'
import { rowsPage, selectTotal, type RowsPage } from '#platform/db/pagination'
import { likeContains, whereText } from '#platform/db/search'
import type {
  adminCampaignsValidator,
  browseCampaignsValidator,
  createCampaignValidator,
  myCampaignsValidator,
  updateCampaignValidator,
} from '#validators/marketplace/campaign'
import type { CampaignRow } from '#transformers/marketplace/campaign_row_transformer'

type CreatePayload = Infer<typeof createCampaignValidator>
type UpdatePayload = Infer<typeof updateCampaignValidator>
type BrowseFilters = Infer<typeof browseCampaignsValidator>

/** Allowed status moves; `completed` is final. */
const TRANSITIONS: Record<CampaignStatus, CampaignStatus[]> = {
  draft: ['active'],
  active: ['paused', 'completed'],
  paused: ['active', 'completed'],
  completed: [],
}

// VineJS parses 'YYYY-MM-DD' to local midnight; keep that calendar day whatever the server's time zone.
const toDate = (value: Date) =>
  DateTime.fromJSDate(value).setZone('utc', { keepLocalTime: true }).startOf('day')

/** Public, active campaigns that are not flagged (of any brand). */
const openCampaigns = () =>
  Campaign.query()
    .where('campaigns.visibility', 'public')
    .where('campaigns.status', 'active')
    .whereNull('campaigns.flagged_at')

/** Amount committed to accepted and completed ad requests of a campaign. */
export async function committedBudget(campaignId: number, client = db.connection()) {
  const row = await client
    .from('ad_requests')
    .where('campaign_id', campaignId)
    .whereIn('status', ['accepted', 'completed'])
    .sum('agreed_amount as total')
    .first()
  return Number(row?.total ?? 0)
}

type BrowseSort = NonNullable<BrowseFilters['sort']>

/** The browse filters as bindings (days as 'YYYY-MM-DD'), and the page as limit and offset. */
type BrowseValues = {
  q?: string
  niche?: string
  minBudget?: number
  maxBudget?: number
  activeOn?: string
  startsAfter?: string
  endsBefore?: string
  limit: number
  offset: number
}

const BROWSE_SORTS = {
  'newest': ['campaigns.created_at', 'desc'],
  'budget': ['campaigns.budget', 'asc'],
  '-budget': ['campaigns.budget', 'desc'],
  'startDate': ['campaigns.start_date', 'asc'],
  'endDate': ['campaigns.end_date', 'asc'],
} as const

/**
 * Browsable campaigns matching the filters, in `sort` order, with their
 * sponsor's name, role and company. The brand's status is checked on the
 * join: the campaigns of `browsable` without its subquery, half the planning
 * and probing.
 */
function browseQuery(sort: BrowseSort, values: BrowseValues) {
  const query = openCampaigns()
    .join('users as sponsor', 'sponsor.id', 'campaigns.sponsor_id')
    .where('sponsor.status', 'active')
    .whereNull('sponsor.blocked_at')
    .whereNull('sponsor.deleted_at')
    .leftJoin(
      'sponsor_profiles as sponsor_profile',
      'sponsor_profile.user_id',
      'campaigns.sponsor_id'
    )
    .select(
      'campaigns.*',
      'sponsor.full_name as sponsor_full_name',
      'sponsor.role as sponsor_role',
      'sponsor_profile.company_name as sponsor_company_name'
    )
  if (values.q !== undefined)
    whereText(query, ['campaigns.name', 'campaigns.description'], values.q)
  if (values.niche !== undefined) query.where('campaigns.niche', values.niche)
  if (values.minBudget !== undefined) query.where('campaigns.budget', '>=', values.minBudget)
  if (values.maxBudget !== undefined) query.where('campaigns.budget', '<=', values.maxBudget)
  if (values.activeOn !== undefined)
    query
      .where('campaigns.start_date', '<=', values.activeOn)
      .where('campaigns.end_date', '>=', values.activeOn)
  if (values.startsAfter !== undefined)
    query.where('campaigns.start_date', '>=', values.startsAfter)
  if (values.endsBefore !== undefined) query.where('campaigns.end_date', '<=', values.endsBefore)
  const [column, direction] = BROWSE_SORTS[sort]
  return query.orderBy(column, direction).orderBy('campaigns.id', 'desc')
}

/** A page of `browseQuery` with the total on every row. */
const browsePage = compiledQuery((sort: BrowseSort, values: BrowseValues) =>
  selectTotal(browseQuery(sort, values)).limit(values.limit).offset(values.offset)
)

export default class CampaignService {
  async create(sponsor: User, payload: CreatePayload) {
    return Campaign.create({
      sponsorId: sponsor.id,
      name: payload.name,
      description: payload.description,
      niche: payload.niche,
      goals: payload.goals ?? [],
      budget: payload.budget,
      currency: payload.currency ?? 'USD',
      startDate: toDate(payload.startDate),
      endDate: toDate(payload.endDate),
      visibility: payload.visibility ?? 'public',
      status: payload.status ?? 'draft',
    })
  }

  async update(campaign: Campaign, payload: UpdatePayload) {
    return db.transaction(async (trx) => {
      const locked = await Campaign.query({ client: trx })
        .where('id', campaign.id)
        .forUpdate()
        .firstOrFail()
      if (locked.status === 'completed') {
        throw AppException.conflict(
          'E_CAMPAIGN_COMPLETED',
          'A completed campaign can no longer change'
        )
      }
      if (
        payload.status &&
        payload.status !== locked.status &&
        !TRANSITIONS[locked.status].includes(payload.status)
      ) {
        throw AppException.conflict(
          'E_INVALID_TRANSITION',
          `A ${locked.status} campaign cannot become ${payload.status}`
        )
      }
      if (payload.currency && payload.currency !== locked.currency) {
        const requests = await trx
          .from('ad_requests')
          .where('campaign_id', locked.id)
          .count('* as total')
          .first()
        if (Number(requests?.total ?? 0) > 0) {
          throw AppException.conflict(
            'E_CURRENCY_LOCKED',
            `The currency cannot change once the campaign has ad requests: their amounts are in ${locked.currency}`
          )
        }
      }
      if (payload.budget !== undefined) {
        const committed = await committedBudget(locked.id, trx)
        if (payload.budget < committed) {
          throw AppException.conflict(
            'E_BUDGET_BELOW_COMMITTED',
            `The budget cannot go below the ${committed} already committed to accepted ad requests`
          )
        }
      }
      const { startDate, endDate, ...rest } = payload
      locked.merge(rest)
      if (startDate) locked.startDate = toDate(startDate)
      if (endDate) locked.endDate = toDate(endDate)
      if (locked.endDate < locked.startDate)
        throw AppException.invalid('endDate', 'The end date must be on or after the start date')
      await locked.useTransaction(trx).save()
      return locked
    })
  }

  async delete(campaign: Campaign) {
    await db.transaction(async (trx) => {
      // Lock in the order accepting does (its ad requests, then the campaign): a racing accept
      // either commits first and is counted below, or finds its request deleted. Without the
      // locks the delete could cascade over a deal accepted after the count, or deadlock.
      await trx
        .from('ad_requests')
        .where('campaign_id', campaign.id)
        .orderBy('id')
        .forUpdate()
        .select('id')
      const locked = await Campaign.query({ client: trx })
        .where('id', campaign.id)
        .forUpdate()
        .first()
      if (!locked) throw AppException.notFound('Campaign')
      const deals = await trx
        .from('ad_requests')
        .where('campaign_id', campaign.id)
        .whereIn('status', ['accepted', 'completed'])
        .count('* as total')
        .first()
      if (Number(deals?.total ?? 0) > 0) {
        throw AppException.conflict(
          'E_CAMPAIGN_HAS_DEALS',
          'A campaign with accepted ad requests cannot be deleted; complete it instead'
        )
      }
      await locked.useTransaction(trx).delete()
    })
  }

  /** Public, active campaigns of approved brands, neither blocked nor deleted, that are not flagged. */
  browsable() {
    return openCampaigns().whereIn('campaigns.sponsor_id', (q) =>
      q
        .from('users')
        .select('id')
        .where('status', 'active')
        .whereNull('blocked_at')
        .whereNull('deleted_at')
    )
  }

  /**
   * A page of browsable campaigns as plain rows, each with its sponsor's name,
   * role and company joined in (`campaignRowObject` shows them as
   * CampaignTransformer does) and the total counted in the same statement
   * (one query instead of a count and a page query), with no model hydration
   * for a list read under load; its SQL is compiled once per combination of
   * filters and sort (`browsePage`).
   */
  async browse(filters: BrowseFilters): Promise<RowsPage<CampaignRow>> {
    const page = filters.page ?? 1
    const perPage = filters.perPage ?? 20
    const day = (value: Date | undefined) => (value ? toDate(value).toISODate()! : undefined)
    const values: BrowseValues = {
      q: filters.q || undefined,
      niche: filters.niche || undefined,
      minBudget: filters.minBudget,
      maxBudget: filters.maxBudget,
      activeOn: day(filters.activeOn),
      startsAfter: day(filters.startsAfter),
      endsBefore: day(filters.endsBefore),
      limit: perPage,
      offset: (page - 1) * perPage,
    }
    const sort = filters.sort ?? 'newest'
    const rows = await browsePage.rows<CampaignRow>(sort, values)
    return rowsPage(rows, page, perPage, async () => {
      const [counted] = await browseQuery(sort, values)
        .clearSelect()
        .clearOrder()
        .pojo<{ total: number | string }>()
        .count('* as total')
      return Number(counted?.total ?? 0)
    })
  }

  async mine(sponsor: User, filters: Infer<typeof myCampaignsValidator>) {
    const query = Campaign.query()
      .where('sponsor_id', sponsor.id)
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
    if (filters.status) query.where('status', filters.status)
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async adminList(filters: Infer<typeof adminCampaignsValidator>) {
    const query = Campaign.query().preload('sponsor', (q) => q.preload('sponsorProfile'))
    if (filters.status) query.where('status', filters.status)
    if (filters.visibility) query.where('visibility', filters.visibility)
    if (filters.sponsorId) query.where('sponsor_id', filters.sponsorId)
    if (filters.flagged !== undefined)
      filters.flagged ? query.whereNotNull('flagged_at') : query.whereNull('flagged_at')
    if (filters.q) query.whereRaw(`lower(name) like ? escape '\\'`, [likeContains(filters.q)])
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async find(id: number) {
    const campaign = await Campaign.query()
      .where('id', id)
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
      .first()
    if (!campaign) throw AppException.notFound('Campaign')
    return campaign
  }
}
