import vine from '@vinejs/vine'
import { SUBSCRIBER_STATUSES } from '#models/newsletter_subscriber'
import { email, id, paginationFields } from '#validators/common'

export const subscribeValidator = vine.create({
  email: email(),
})

/** The query of a signed newsletter link (the signature itself is checked by the controller). */
export const confirmLinkValidator = vine.create({
  id: id(),
  nonce: vine.string().minLength(1).maxLength(64),
})

export const unsubscribeLinkValidator = vine.create({
  id: id(),
})

export const subscribersFilterValidator = vine.create({
  ...paginationFields,
  status: vine.enum(SUBSCRIBER_STATUSES).optional(),
  q: vine.string().trim().maxLength(100).optional(),
})

export const subscribersExportValidator = vine.create({
  status: vine.enum(SUBSCRIBER_STATUSES).optional(),
})
