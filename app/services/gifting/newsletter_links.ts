import type { HttpRequest } from '@adonisjs/core/http'
import type { LookupList, SignedUrlFor } from '@adonisjs/core/types/http'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import type NewsletterSubscriber from '#models/newsletter_subscriber'
import AppException from '#exceptions/app_exception'

/**
 * Newsletter links are signed with the app key (purpose-bound, the message
 * verifier of @adonisjs/core encryption). The confirmation link expires and
 * carries the subscription's nonce; the unsubscribe link never expires.
 */
export const LINKS = {
  confirm: { path: '/api/v1/newsletter/confirm', purpose: 'newsletter_confirm', expiresIn: '48h' },
  unsubscribe: { path: '/api/v1/newsletter/unsubscribe', purpose: 'newsletter_unsubscribe', expiresIn: undefined },
} as const

export type LinkKind = keyof typeof LINKS

function signed(kind: LinkKind, qs: Record<string, string | number>) {
  const { path, purpose, expiresIn } = LINKS[kind]
  // The service is typed for named routes only; it is the router's builder, which also signs patterns.
  const signPattern = signedUrlFor as unknown as SignedUrlFor<LookupList>
  return signPattern(path, undefined, { disableRouteLookup: true, prefixUrl: appUrl, qs, purpose, expiresIn })
}

export const confirmUrl = (subscriber: NewsletterSubscriber) => signed('confirm', { id: subscriber.id, nonce: subscriber.confirmNonce ?? '' })

export const unsubscribeUrl = (subscriber: NewsletterSubscriber) => signed('unsubscribe', { id: subscriber.id })

/** Refuses a link whose signature is missing, altered, expired or made for another purpose. */
export function ensureSigned(request: HttpRequest, kind: LinkKind) {
  if (!request.hasValidSignature(LINKS[kind].purpose)) {
    throw AppException.forbidden('E_INVALID_SIGNATURE', 'This link is invalid or has expired')
  }
}
