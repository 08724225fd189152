import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Campaign from '#models/campaign'
import User from '#models/user'
import NegotiationOffer from '#models/negotiation_offer'

export const AD_REQUEST_STATUSES = [
  'pending',
  'negotiating',
  'accepted',
  'rejected',
  'completed',
  'withdrawn',
] as const
export type AdRequestStatus = (typeof AD_REQUEST_STATUSES)[number]

const money = {
  consume: (value: unknown) => (value === null || value === undefined ? null : Number(value)),
}

export default class AdRequest extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare campaignId: number

  @column()
  declare sponsorId: number

  @column()
  declare influencerId: number

  @column()
  declare initiatedBy: 'sponsor' | 'influencer'

  @column()
  declare requirements: string

  @column()
  declare deliverables: string

  /** The amount currently on the table (the last offer), integer minor units. */
  @column(money)
  declare paymentAmount: number

  @column(money)
  declare agreedAmount: number | null

  @column()
  declare status: AdRequestStatus

  @column()
  declare lastOfferBy: number | null

  @column()
  declare rejectionReason: string | null

  @column.dateTime()
  declare respondedAt: DateTime | null

  @column.dateTime()
  declare completedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Campaign)
  declare campaign: BelongsTo<typeof Campaign>

  @belongsTo(() => User, { foreignKey: 'sponsorId' })
  declare sponsor: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'influencerId' })
  declare influencer: BelongsTo<typeof User>

  @hasMany(() => NegotiationOffer)
  declare offers: HasMany<typeof NegotiationOffer>

  isParty(userId: number) {
    return this.sponsorId === userId || this.influencerId === userId
  }

  /** Whoever created it: the brand for an invitation, the influencer for an application. */
  createdBy(userId: number) {
    return userId === (this.initiatedBy === 'sponsor' ? this.sponsorId : this.influencerId)
  }

  counterpartOf(userId: number) {
    return userId === this.sponsorId ? this.influencerId : this.sponsorId
  }
}
