import vine from '@vinejs/vine'
import { id } from '#validators/common'

/** The member in `/users/:id/block`. */
export const blockTargetValidator = vine.create({ id: id() })
