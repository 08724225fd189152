import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type DeliveryStatus = 'sending' | 'sent'

/** One e-mail the send-mail job delivered (or is delivering), keyed by its task. */
export default class MailDelivery extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare deliveryKey: string

  @column()
  declare mail: string

  @column()
  declare recipient: string

  @column()
  declare subject: string

  @column()
  declare status: DeliveryStatus

  @column()
  declare messageId: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime()
  declare sentAt: DateTime | null
}
