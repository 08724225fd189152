import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { afterDelete, afterSave, BaseModel, column, hasOne } from '@adonisjs/lucid/orm'
import type { HasOne } from '@adonisjs/lucid/types/relations'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { jsonColumn } from '#models/json_column'
import { AccessTokensProvider } from '#services/identity/access_tokens_provider'
import { revokeVerified } from '#services/identity/session_revocations'
import SponsorProfile from '#models/sponsor_profile'
import InfluencerProfile from '#models/influencer_profile'

export const ROLES = ['admin', 'sponsor', 'influencer', 'shopper'] as const
export const SIGNUP_ROLES = ['sponsor', 'influencer', 'shopper'] as const
export const STATUSES = ['active', 'pending', 'rejected'] as const
export type Role = (typeof ROLES)[number]
export type Status = (typeof STATUSES)[number]

export interface PrivacySettings {
  profileVisibility: 'public' | 'followers' | 'private'
  showEmail: boolean
  showStats: boolean
  showFollowers: boolean
  emailDigest: boolean
  weeklySummary: boolean
}

export const DEFAULT_PRIVACY: PrivacySettings = {
  profileVisibility: 'public',
  showEmail: false,
  showStats: true,
  showFollowers: true,
  emailDigest: false,
  weeklySummary: true,
}

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(BaseModel, AuthFinder) {
  static accessTokens = AccessTokensProvider.forModel(User, {
    expiresIn: '15 minutes',
    prefix: 'mq_at_',
    table: 'auth_access_tokens',
    type: 'access_token',
  })

  /** Set by the tokens guard on authenticated requests. */
  declare currentAccessToken?: AccessToken

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare email: string

  @column({ serializeAs: null })
  declare password: string

  @column()
  declare fullName: string

  @column()
  declare role: Role

  @column()
  declare status: Status

  @column()
  declare rejectionReason: string | null

  @column.dateTime()
  declare emailVerifiedAt: DateTime | null

  @column.dateTime()
  declare blockedAt: DateTime | null

  @column()
  declare blockReason: string | null

  @column.dateTime()
  declare flaggedAt: DateTime | null

  @column()
  declare flagReason: string | null

  /** Reporter credibility 0–100 (moderation). */
  @column()
  declare credibility: number

  @column(jsonColumn<Partial<PrivacySettings>>({}))
  declare privacy: Partial<PrivacySettings>

  /** Set when the member deleted their account (the row is then an anonymous tombstone). */
  @column.dateTime()
  declare deletedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @hasOne(() => SponsorProfile)
  declare sponsorProfile: HasOne<typeof SponsorProfile>

  @hasOne(() => InfluencerProfile)
  declare influencerProfile: HasOne<typeof InfluencerProfile>

  /**
   * Every saved change (role, status, block, password, name, deletion) drops
   * the member's remembered tokens in every process, so the next request
   * reads the member again (the auth fast path remembers it for 5 s at most).
   */
  @afterSave()
  @afterDelete()
  static async forgetVerifiedTokens(user: User) {
    await revokeVerified({ users: [user.id] }, user.$trx)
  }

  get isAdmin() {
    return this.role === 'admin'
  }

  get isBlocked() {
    return Boolean(this.blockedAt)
  }

  /** An account may act only when active (sponsors: approved) and not blocked. */
  get canAct() {
    return this.status === 'active' && !this.isBlocked
  }

  get privacySettings(): PrivacySettings {
    return { ...DEFAULT_PRIVACY, ...this.privacy }
  }
}
