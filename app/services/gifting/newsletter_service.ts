import { randomBytes } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import NewsletterSubscriber from '#models/newsletter_subscriber'
import AppException from '#exceptions/app_exception'
import MailService from '#platform/mail/mail_service'
import { isUniqueViolation } from '#platform/db/errors'
import { likeContains } from '#platform/db/search'
import { confirmUrl, unsubscribeUrl } from '#services/gifting/newsletter_links'
import type { subscribersFilterValidator } from '#validators/gifting/newsletter'

/** A pending address asking again gets the confirmation again, at most this often. */
const RESEND_AFTER = { minutes: 5 }

const nonce = () => randomBytes(16).toString('hex')

/**
 * Newsletter with double opt-in: subscribing records a pending address and
 * e-mails a signed confirmation link; only a confirmed address receives the
 * newsletter. Every e-mail carries a signed unsubscribe link.
 */
@inject()
export default class NewsletterService {
  constructor(private mails: MailService) {}

  /**
   * Answers the same whatever the address's state, so the endpoint reveals
   * nothing: a confirmed address stays as it is, a pending one is reminded,
   * an unsubscribed one starts a new opt-in.
   */
  async subscribe(email: string) {
    const subscriber = await this.register(email)
    if (!subscriber) return
    await this.mails.send('newsletter_confirm', {
      email: subscriber.email,
      confirmUrl: confirmUrl(subscriber),
      unsubscribeUrl: unsubscribeUrl(subscriber),
    })
  }

  /** Follows a confirmation link (signature already checked). Confirming twice is harmless. */
  async confirm(id: number, linkNonce: string) {
    return db.transaction(async (trx) => {
      const subscriber = await NewsletterSubscriber.query({ client: trx })
        .where('id', id)
        .forUpdate()
        .first()
      if (!subscriber) throw AppException.notFound('Subscription')
      if (subscriber.status === 'confirmed') return subscriber
      if (subscriber.status !== 'pending' || subscriber.confirmNonce !== linkNonce) {
        throw AppException.conflict(
          'E_LINK_SUPERSEDED',
          'This confirmation link is no longer valid: subscribe again'
        )
      }
      subscriber.merge({ status: 'confirmed', confirmedAt: DateTime.utc(), confirmNonce: null })
      await subscriber.useTransaction(trx).save()
      return subscriber
    })
  }

  /** Follows an unsubscribe link (signature already checked); idempotent. */
  async unsubscribe(id: number) {
    return db.transaction(async (trx) => {
      const subscriber = await NewsletterSubscriber.query({ client: trx })
        .where('id', id)
        .forUpdate()
        .first()
      if (!subscriber) throw AppException.notFound('Subscription')
      if (subscriber.status === 'unsubscribed') return subscriber
      subscriber.merge({
        status: 'unsubscribed',
        unsubscribedAt: DateTime.utc(),
        confirmNonce: null,
      })
      await subscriber.useTransaction(trx).save()
      return subscriber
    })
  }

  async list(filters: Infer<typeof subscribersFilterValidator>) {
    const query = NewsletterSubscriber.query()
    if (filters.status) query.where('status', filters.status)
    if (filters.q) query.whereRaw(`email like ? escape '\\'`, [likeContains(filters.q)])
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  /** The subscriber to send a confirmation to, or null when none is due. */
  private async register(email: string) {
    try {
      return await db.transaction(async (trx) => {
        const existing = await NewsletterSubscriber.query({ client: trx })
          .where('email', email)
          .forUpdate()
          .first()
        if (!existing) {
          return NewsletterSubscriber.create(
            { email, status: 'pending', confirmNonce: nonce(), confirmationSentAt: DateTime.utc() },
            { client: trx }
          )
        }
        if (existing.status === 'confirmed') return null
        if (
          existing.status === 'pending' &&
          existing.confirmationSentAt &&
          existing.confirmationSentAt > DateTime.utc().minus(RESEND_AFTER)
        ) {
          return null
        }
        if (existing.status === 'unsubscribed')
          existing.merge({ status: 'pending', confirmNonce: nonce(), confirmedAt: null })
        existing.confirmationSentAt = DateTime.utc()
        await existing.useTransaction(trx).save()
        return existing
      })
    } catch (error) {
      // A concurrent request registered the address and sends its confirmation.
      if (isUniqueViolation(error)) return null
      throw error
    }
  }
}
