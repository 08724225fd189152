import vine from '@vinejs/vine'

export const startConversationValidator = vine.create({
  participantId: vine.number().withoutDecimals().min(1),
})

export const sendMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
  adRequestId: vine.number().withoutDecimals().min(1).optional(),
})

/** Cursor pagination: messages older than `before` (a message id), newest first. */
export const listMessagesValidator = vine.create({
  before: vine.number().withoutDecimals().min(1).optional(),
  limit: vine.number().withoutDecimals().min(1).max(100).optional(),
})
