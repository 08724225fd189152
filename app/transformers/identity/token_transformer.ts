import { BaseTransformer } from '@adonisjs/core/transformers'
import type { IssuedTokens } from '#services/identity/token_service'

/** The token pair returned by signup, login and refresh. */
export default class TokenTransformer extends BaseTransformer<IssuedTokens> {
  toObject() {
    return this.pick(this.resource, [
      'tokenType',
      'accessToken',
      'accessTokenExpiresAt',
      'refreshToken',
      'refreshTokenExpiresAt',
    ])
  }
}
