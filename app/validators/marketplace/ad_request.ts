import vine from '@vinejs/vine'
import { AD_REQUEST_STATUSES } from '#models/ad_request'
import { id, paginationFields, readOnly } from '#validators/common'

const amount = () => vine.number().withoutDecimals().min(1).max(1_000_000_000_00)
const message = () => vine.string().trim().maxLength(2000)

/** Sponsors invite (influencerId required); influencers apply (no influencerId). */
export const createAdRequestValidator = vine.create({
  influencerId: id().optional(),
  requirements: vine.string().trim().minLength(1).maxLength(5000),
  deliverables: vine.string().trim().minLength(1).maxLength(5000),
  paymentAmount: amount(),
  message: message().optional(),
})

export const offerValidator = vine.create({
  amount: amount(),
  message: message().optional(),
})

/** The brand's new terms for a pending ad request: at least one of them. */
export const updateAdRequestValidator = vine.create({
  requirements: vine.string().trim().minLength(1).maxLength(5000).optional(),
  deliverables: vine.string().trim().minLength(1).maxLength(5000).optional(),
  paymentAmount: amount().optional(),
  message: message().optional(),
  influencerId: readOnly(
    'The influencer of an ad request does not change: withdraw it and invite another'
  ),
})

export const withdrawAdRequestValidator = vine.create({
  reason: vine.string().trim().maxLength(500).optional(),
})

export const rejectAdRequestValidator = vine.create({
  reason: vine.string().trim().maxLength(500).optional(),
})

export const listAdRequestsValidator = vine.create({
  ...paginationFields,
  status: vine.enum(AD_REQUEST_STATUSES).optional(),
  campaignId: id().optional(),
})

export const adminAdRequestsValidator = vine.create({
  ...paginationFields,
  status: vine.enum(AD_REQUEST_STATUSES).optional(),
  campaignId: id().optional(),
  sponsorId: id().optional(),
  influencerId: id().optional(),
})
