import { defineConfig } from '@adonisjs/auth'
import { oneQueryTokensGuard } from '#services/identity/access_tokens_provider'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

const authConfig = defineConfig({
  default: 'api',
  guards: {
    // tokensGuard + tokensUserProvider of @adonisjs/auth, reading the token and its user in one query.
    api: oneQueryTokensGuard({
      tokens: 'accessTokens',
      model: () => import('#models/user'),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
