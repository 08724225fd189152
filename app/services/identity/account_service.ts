import { inject } from '@adonisjs/core'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import SponsorProfile from '#models/sponsor_profile'
import InfluencerProfile from '#models/influencer_profile'
import AppException from '#exceptions/app_exception'
import { mailUser } from '#mails/registry'
import MailService from '#platform/mail/mail_service'
import OutboxService from '#platform/outbox/outbox_service'
import PasswordResetJob from '#jobs/password_reset_job'
import TokenService from '#services/identity/token_service'
import UserTokenService from '#services/identity/user_token_service'
import InfluencerDirectoryService from '#services/identity/influencer_directory_service'
import MemberCache from '#services/community/member_cache'
import { hashSecret } from '#services/identity/secret_token'
import type { signupValidator } from '#validators/identity/auth'
import { assertAcceptablePassword } from '#validators/identity/password'
import type { updateMeValidator } from '#validators/identity/profile'
import { revokeVerified } from '#services/identity/session_revocations'

type SignupPayload = Infer<typeof signupValidator>
type UpdateMePayload = Infer<typeof updateMeValidator>

/** Self-service account lifecycle: signup, login, profile, password, e-mail verification. */
@inject()
export default class AccountService {
  constructor(
    private tokens: TokenService,
    private userTokens: UserTokenService,
    private mailer: MailService,
    private directory: InfluencerDirectoryService,
    private members: MemberCache,
    private outbox: OutboxService
  ) {}

  async signup(payload: SignupPayload) {
    if (payload.role === 'sponsor' && !payload.sponsorProfile) {
      throw AppException.invalid(
        'sponsorProfile.companyName',
        'Brands must give their company name'
      )
    }
    const user = await db.transaction(async (trx) => {
      const taken = await User.query({ client: trx }).where('email', payload.email).first()
      if (taken)
        throw new AppException(
          409,
          'E_EMAIL_TAKEN',
          'An account with this e-mail already exists',
          'email'
        )
      const created = await User.create(
        {
          email: payload.email,
          password: payload.password,
          fullName: payload.fullName,
          role: payload.role,
          status: payload.role === 'sponsor' ? 'pending' : 'active',
          privacy: {},
        },
        { client: trx }
      )
      if (payload.role === 'sponsor' && payload.sponsorProfile) {
        await SponsorProfile.create(
          { userId: created.id, budget: 0, ...payload.sponsorProfile },
          { client: trx }
        )
      }
      if (payload.role === 'influencer') {
        await InfluencerProfile.create(
          { userId: created.id, platforms: [], reach: 0, ...payload.influencerProfile },
          { client: trx }
        )
      }
      const verification = await this.userTokens.create(created.id, 'verify_email', trx)
      await this.mailer.send('welcome', { user: mailUser(created) }, { client: trx })
      await this.mailer.send(
        'verify_email',
        { user: mailUser(created), token: verification },
        { client: trx }
      )
      return created
    })
    if (user.role === 'influencer') await this.directory.invalidate()
    return { user, tokens: await this.tokens.issue(user) }
  }

  async login(email: string, password: string) {
    const user = await User.verifyCredentials(email, password)
    if (user.blockedAt) throw AppException.forbidden('E_ACCOUNT_BLOCKED', 'This account is blocked')
    if (user.status === 'rejected') {
      const reason = user.rejectionReason ? `: ${user.rejectionReason}` : ''
      throw AppException.forbidden(
        'E_ACCOUNT_REJECTED',
        `This brand account was not approved${reason}`
      )
    }
    return { user, tokens: await this.tokens.issue(user) }
  }

  async logout(user: User, refreshToken?: string) {
    const current = user.currentAccessToken
    if (current?.name) await this.tokens.revokeFamily(current.name, 'logout')
    if (current) {
      await User.accessTokens.delete(user, current.identifier)
      await revokeVerified({ tokens: [String(current.identifier)] })
    }
    if (refreshToken) {
      const family = await this.familyOf(user.id, refreshToken)
      if (family) await this.tokens.revokeFamily(family, 'logout')
    }
  }

  async update(user: User, payload: UpdateMePayload) {
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      if (payload.fullName) user.fullName = payload.fullName
      if (payload.privacy) user.privacy = { ...user.privacy, ...payload.privacy }
      await user.save()
      if (payload.sponsorProfile && user.role === 'sponsor') {
        const profile = await SponsorProfile.firstOrNew(
          { userId: user.id },
          { budget: 0 },
          { client: trx }
        )
        profile.merge(payload.sponsorProfile)
        if (!profile.companyName)
          throw AppException.invalid('sponsorProfile.companyName', 'The company name is required')
        await profile.save()
      }
      if (payload.influencerProfile && user.role === 'influencer') {
        const profile = await InfluencerProfile.firstOrNew(
          { userId: user.id },
          { platforms: [], reach: 0 },
          { client: trx }
        )
        profile.merge(payload.influencerProfile)
        await profile.save()
      }
      if (
        (payload.sponsorProfile && user.role !== 'sponsor') ||
        (payload.influencerProfile && user.role !== 'influencer')
      ) {
        throw AppException.invalid('profile', 'This profile type does not match your role')
      }
    })
    if (payload.fullName || payload.privacy) await this.members.changed(user.id)
    else if (user.role === 'influencer') await this.directory.invalidate()
    return this.withProfiles(user)
  }

  async changePassword(user: User, currentPassword: string, newPassword: string) {
    if (!(await hash.verify(user.password, currentPassword))) {
      throw AppException.invalid(
        'currentPassword',
        'The current password is wrong',
        'E_INVALID_CREDENTIALS'
      )
    }
    assertAcceptablePassword(newPassword, user.email, 'newPassword')
    user.password = newPassword
    await user.save()
    await this.tokens.revokeAll(user.id, 'password', user.currentAccessToken?.name ?? undefined)
  }

  async sendVerification(user: User) {
    if (user.emailVerifiedAt)
      throw AppException.conflict('E_ALREADY_VERIFIED', 'This e-mail address is already verified')
    await db.transaction(async (trx) => {
      const token = await this.userTokens.create(user.id, 'verify_email', trx)
      await this.mailer.send('verify_email', { user: mailUser(user), token }, { client: trx })
    })
  }

  async verifyEmail(token: string) {
    const user = await User.findOrFail(await this.userTokens.consume(token, 'verify_email'))
    user.emailVerifiedAt ??= DateTime.utc()
    await user.save()
    return user
  }

  /**
   * Answers in the same time for every address: the lookup and the mail
   * happen in a job (queued through the outbox), so neither the answer nor its
   * timing reveals accounts.
   */
  async forgotPassword(email: string) {
    await this.outbox.dispatch(PasswordResetJob, { email })
  }

  /** A refused password leaves the link usable: the token is consumed in the transaction that sets the password. */
  async resetPassword(token: string, password: string) {
    const user = await db.transaction(async (trx) => {
      const member = await User.findOrFail(
        await this.userTokens.consume(token, 'password_reset', trx),
        { client: trx }
      )
      assertAcceptablePassword(password, member.email)
      member.password = password
      await member.save()
      return member
    })
    await this.tokens.revokeAll(user.id, 'password')
  }

  async withProfiles(user: User) {
    await user.load((loader) => loader.load('sponsorProfile').load('influencerProfile'))
    return user
  }

  private async familyOf(userId: number, refreshToken: string) {
    const row = await db
      .from('refresh_tokens')
      .where({ user_id: userId, token_hash: hashSecret(refreshToken) })
      .first()
    return row?.family_id as string | undefined
  }
}
