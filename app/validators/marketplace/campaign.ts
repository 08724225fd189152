import vine from '@vinejs/vine'
import { CAMPAIGN_STATUSES, VISIBILITIES } from '#models/campaign'
import { id, paginationFields } from '#validators/common'

const MAX_MONEY = 1_000_000_000_00

const fields = {
  name: vine.string().trim().minLength(3).maxLength(160),
  description: vine.string().trim().minLength(1).maxLength(5000),
  niche: vine.string().trim().toLowerCase().minLength(1).maxLength(80),
  goals: vine.array(vine.string().trim().minLength(1).maxLength(200)).maxLength(10),
  budget: vine.number().withoutDecimals().min(1).max(MAX_MONEY),
  currency: vine.string().trim().toUpperCase().fixedLength(3).alpha(),
  startDate: vine.date({ formats: ['YYYY-MM-DD'] }),
  endDate: vine.date({ formats: ['YYYY-MM-DD'] }),
  visibility: vine.enum(VISIBILITIES),
}

export const createCampaignValidator = vine.create({
  ...fields,
  goals: fields.goals.optional(),
  currency: fields.currency.optional(),
  endDate: fields.endDate.afterOrSameAs('startDate'),
  visibility: fields.visibility.optional(),
  status: vine.enum(['draft', 'active'] as const).optional(),
})

export const updateCampaignValidator = vine.create({
  name: fields.name.optional(),
  description: fields.description.optional(),
  niche: fields.niche.optional(),
  goals: fields.goals.optional(),
  budget: fields.budget.optional(),
  currency: fields.currency.optional(),
  startDate: fields.startDate.optional(),
  endDate: fields.endDate.optional(),
  visibility: fields.visibility.optional(),
  status: vine.enum(CAMPAIGN_STATUSES).optional(),
})

export const browseCampaignsValidator = vine.create({
  ...paginationFields,
  q: vine.string().trim().maxLength(100).optional(),
  niche: vine.string().trim().toLowerCase().maxLength(80).optional(),
  minBudget: vine.number().withoutDecimals().min(0).max(MAX_MONEY).optional(),
  maxBudget: vine.number().withoutDecimals().min(0).max(MAX_MONEY).optional(),
  activeOn: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  startsAfter: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  endsBefore: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  sort: vine.enum(['newest', 'budget', '-budget', 'startDate', 'endDate'] as const).optional(),
})

export const myCampaignsValidator = vine.create({
  ...paginationFields,
  status: vine.enum(CAMPAIGN_STATUSES).optional(),
})

export const adminCampaignsValidator = vine.create({
  ...paginationFields,
  status: vine.enum(CAMPAIGN_STATUSES).optional(),
  visibility: vine.enum(VISIBILITIES).optional(),
  flagged: vine.boolean().optional(),
  sponsorId: id().optional(),
  q: vine.string().trim().maxLength(100).optional(),
})
