import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/** The one chat thread between a sponsor and an influencer. */
export default class Conversation extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare sponsorId: number

  @column()
  declare influencerId: number

  @column.dateTime()
  declare lastMessageAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'sponsorId' })
  declare sponsor: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'influencerId' })
  declare influencer: BelongsTo<typeof User>

  isParty(userId: number) {
    return this.sponsorId === userId || this.influencerId === userId
  }

  counterpartOf(userId: number) {
    return userId === this.sponsorId ? this.influencerId : this.sponsorId
  }
}
