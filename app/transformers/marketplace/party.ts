import type User from '#models/user'
import { ROLES } from '#models/user'
import { integer, nullable, object, oneOf, string, type Infer } from '#platform/openapi/schema'

export const partySchema = object({
  id: integer(),
  fullName: string(),
  role: oneOf(ROLES),
  companyName: nullable(string({ description: 'Brands' })),
  niche: nullable(string({ description: 'Influencers' })),
})

export type Party = Infer<typeof partySchema>

/** How a brand or influencer appears inside marketplace resources (no e-mail, no account state). */
export function party(user: User): Party
export function party(user: User | undefined | null): Party | null
export function party(user: User | undefined | null): Party | null {
  if (!user) return null
  const sponsor = user.$preloaded.sponsorProfile as User['sponsorProfile'] | null | undefined
  const influencer = user.$preloaded.influencerProfile as
    User['influencerProfile'] | null | undefined
  return {
    id: user.id,
    fullName: user.fullName,
    role: user.role,
    companyName: sponsor?.companyName ?? null,
    niche: influencer?.niche ?? null,
  }
}
