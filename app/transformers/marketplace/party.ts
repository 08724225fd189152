import type User from '#models/user'

/** How a brand or influencer appears inside marketplace resources (no e-mail, no account state). */
export function party(user: User | undefined | null) {
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
