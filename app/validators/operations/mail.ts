import vine from '@vinejs/vine'
import { email } from '#validators/common'

export const testMailValidator = vine.create({ email: email() })
