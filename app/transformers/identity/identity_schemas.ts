/**
 * The named OpenAPI components of the identity responses (app/openapi/identity.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { object, refTo } from '#platform/openapi/schema'
import { influencerSchema } from '#transformers/identity/influencer_transformer'
import { tokenPairSchema } from '#transformers/identity/token_transformer'
import {
  influencerProfileSchema,
  privacySettingsSchema,
  sponsorProfileSchema,
  userSchema,
} from '#transformers/identity/user_transformer'

export const sessionSchema = object({
  user: refTo('User', userSchema),
  tokens: refTo('TokenPair', tokenPairSchema),
})

export const identitySchemas = {
  User: userSchema,
  SponsorProfile: sponsorProfileSchema,
  InfluencerProfile: influencerProfileSchema,
  PrivacySettings: privacySettingsSchema,
  TokenPair: tokenPairSchema,
  Session: sessionSchema,
  Influencer: influencerSchema,
}
