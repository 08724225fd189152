import type { HttpRequest } from '@adonisjs/core/http'
import type { LookupList, SignedUrlFor } from '@adonisjs/core/types/http'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import AppException from '#exceptions/app_exception'

export interface SignedLink {
  path: string
  /** Binds the signature to one use: a link signed for one purpose fails for another. */
  purpose: string
  /** Milliseconds or a duration ('48h'); undefined never expires. */
  expiresIn?: string | number
}

/**
 * An absolute link to `path` signed with the app key (the message verifier of
 * @adonisjs/core encryption): path and query are covered, so no part of it
 * can be changed without breaking the signature.
 */
export function signedLink(
  { path, purpose, expiresIn }: SignedLink,
  qs: Record<string, string | number> = {}
) {
  // The service is typed for named routes only; it is the router's builder, which also signs patterns.
  const signPattern = signedUrlFor as unknown as SignedUrlFor<LookupList>
  return signPattern(path, undefined, {
    disableRouteLookup: true,
    prefixUrl: appUrl,
    qs,
    purpose,
    expiresIn,
  })
}

/** Refuses (403) a request whose signature is missing, altered, expired or made for another purpose. */
export function ensureSignedRequest(request: HttpRequest, purpose: string) {
  if (!request.hasValidSignature(purpose)) {
    throw AppException.forbidden('E_INVALID_SIGNATURE', 'This link is invalid or has expired')
  }
}
