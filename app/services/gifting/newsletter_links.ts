import type { HttpRequest } from '@adonisjs/core/http'
import type NewsletterSubscriber from '#models/newsletter_subscriber'
import { ensureSignedRequest, signedLink } from '#platform/http/signed_links'

/**
 * Newsletter links are signed with the app key (purpose-bound, the message
 * verifier of @adonisjs/core encryption). The confirmation link expires and
 * carries the subscription's nonce; the unsubscribe link never expires.
 */
export const LINKS = {
  confirm: { path: '/api/v1/newsletter/confirm', purpose: 'newsletter_confirm', expiresIn: '48h' },
  unsubscribe: {
    path: '/api/v1/newsletter/unsubscribe',
    purpose: 'newsletter_unsubscribe',
    expiresIn: undefined,
  },
} as const

export type LinkKind = keyof typeof LINKS

const signed = (kind: LinkKind, qs: Record<string, string | number>) => signedLink(LINKS[kind], qs)

export const confirmUrl = (subscriber: NewsletterSubscriber) =>
  signed('confirm', { id: subscriber.id, nonce: subscriber.confirmNonce ?? '' })

export const unsubscribeUrl = (subscriber: NewsletterSubscriber) =>
  signed('unsubscribe', { id: subscriber.id })

/** Refuses a link whose signature is missing, altered, expired or made for another purpose. */
export const ensureSigned = (request: HttpRequest, kind: LinkKind) =>
  ensureSignedRequest(request, LINKS[kind].purpose)
