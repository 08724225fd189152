import vine from '@vinejs/vine'
import { id } from '#validators/common'

/** `<type>/<id>`, the shape of every channel (see realtime_service.ts); ids may be task ids (`default:<job id>`). */
const CHANNEL = /^[a-z][a-z0-9_-]{0,39}\/[A-Za-z0-9_.:-]{1,170}$/

const uid = () => vine.string().uuid()

export const streamValidator = vine.create({ uid: uid() })

export const subscriptionValidator = vine.create({
  uid: uid(),
  channel: vine.string().regex(CHANNEL),
})

export const testBroadcastValidator = vine.create({
  userId: id(),
  message: vine.string().trim().minLength(1).maxLength(500),
})
