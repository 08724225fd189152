import type User from '#models/user'
import TokenService from '#services/identity/token_service'
import { UserFactory } from '#database/factories/user_factory'

export type Persona = 'admin' | 'sponsor' | 'pendingSponsor' | 'influencer' | 'shopper'

/** Creates a user of the given persona (with its profile) and a token pair for it. */
export async function actor(persona: Persona, overrides: Partial<User> = {}) {
  let builder = UserFactory.merge(overrides)
  if (persona === 'admin') builder = builder.apply('admin')
  if (persona === 'shopper') builder = builder.apply('shopper')
  if (persona === 'influencer') builder = builder.apply('influencer').with('influencerProfile')
  if (persona === 'sponsor') builder = builder.apply('sponsor').with('sponsorProfile')
  if (persona === 'pendingSponsor')
    builder = builder.apply('sponsor', 'pending').with('sponsorProfile')
  const user = await builder.create()
  const tokens = await new TokenService().issue(user)
  return { user, tokens, token: tokens.accessToken }
}
