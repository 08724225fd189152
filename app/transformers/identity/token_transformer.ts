import { BaseTransformer } from '@adonisjs/core/transformers'
import { dateTime, object, oneOf, string, type Infer } from '#platform/openapi/schema'
import type { IssuedTokens } from '#services/identity/token_service'

export const tokenPairSchema = object({
  tokenType: oneOf(['Bearer']),
  accessToken: string({
    description: 'Send as `Authorization: Bearer <token>`',
    examples: ['mq_at_…'],
  }),
  accessTokenExpiresAt: dateTime(),
  refreshToken: string({
    description: 'Single use: exchange at /api/v1/auth/refresh',
    examples: ['mq_rt_…'],
  }),
  refreshTokenExpiresAt: dateTime(),
})

/** The token pair returned by signup, login and refresh. */
export default class TokenTransformer extends BaseTransformer<IssuedTokens> {
  toObject(): Infer<typeof tokenPairSchema> {
    return this.pick(this.resource, [
      'tokenType',
      'accessToken',
      'accessTokenExpiresAt',
      'refreshToken',
      'refreshTokenExpiresAt',
    ])
  }
}
