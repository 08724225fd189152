import vine from '@vinejs/vine'
import { id } from '#validators/common'

export const startConversationValidator = vine.create({
  participantId: id(),
})

export const sendMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
  adRequestId: id().optional(),
})

/** Cursor pagination: messages older than `before` (a message id), newest first. */
export const listMessagesValidator = vine.create({
  before: id().optional(),
  limit: vine.number().withoutDecimals().min(1).max(100).optional(),
})
