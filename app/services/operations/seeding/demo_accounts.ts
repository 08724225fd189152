import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import User, { type Role, type Status } from '#models/user'
import SponsorProfile from '#models/sponsor_profile'
import InfluencerProfile from '#models/influencer_profile'

/** Shared password of every seeded account except the admin. */
export const DEMO_PASSWORD = 'marquee-demo-2026'

interface SponsorSeed {
  email: string
  fullName: string
  status: Status
  companyName: string
  industry: string
  budget: number
  website: string
}

interface InfluencerSeed {
  email: string
  fullName: string
  niche: string
  platforms: string[]
  reach: number
  bio: string
}

const SPONSORS: SponsorSeed[] = [
  {
    email: 'brand.lumen@marquee.local',
    fullName: 'Lena Ortiz',
    status: 'active',
    companyName: 'Lumen Skincare',
    industry: 'beauty',
    budget: 2_500_000,
    website: 'https://lumen.example.com',
  },
  {
    email: 'brand.trailhead@marquee.local',
    fullName: 'Marcus Hale',
    status: 'active',
    companyName: 'Trailhead Outdoor Co.',
    industry: 'outdoor',
    budget: 1_200_000,
    website: 'https://trailhead.example.com',
  },
  {
    email: 'brand.novabyte@marquee.local',
    fullName: 'Priya Raman',
    status: 'pending',
    companyName: 'NovaByte Gadgets',
    industry: 'technology',
    budget: 800_000,
    website: 'https://novabyte.example.com',
  },
]

const INFLUENCERS: InfluencerSeed[] = [
  {
    email: 'creator.maya@marquee.local',
    fullName: 'Maya Chen',
    niche: 'beauty',
    platforms: ['instagram', 'tiktok'],
    reach: 185_000,
    bio: 'Skincare routines that fit into five minutes.',
  },
  {
    email: 'creator.jonas@marquee.local',
    fullName: 'Jonas Berg',
    niche: 'fitness',
    platforms: ['youtube', 'instagram'],
    reach: 92_000,
    bio: 'Home workouts and 30-day training plans.',
  },
  {
    email: 'creator.amara@marquee.local',
    fullName: 'Amara Okafor',
    niche: 'travel',
    platforms: ['youtube', 'tiktok', 'x'],
    reach: 310_000,
    bio: 'Budget travel guides from six continents.',
  },
]

const SHOPPERS = [
  { email: 'shopper.sam@marquee.local', fullName: 'Sam Rivera' },
  { email: 'shopper.noor@marquee.local', fullName: 'Noor Haddad' },
]

/** How many accounts {@link seedDemoAccounts} writes (admin included). */
export const DEMO_ACCOUNTS = 1 + SPONSORS.length + INFLUENCERS.length + SHOPPERS.length

/** The demo admin's credentials (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
export function demoAdmin() {
  return {
    email: env.get('SEED_ADMIN_EMAIL', 'admin@marquee.local').toLowerCase(),
    password: env.get('SEED_ADMIN_PASSWORD', 'marquee-admin-2026'),
  }
}

/**
 * The demo accounts of `npm run demo`: an admin, brands, creators and
 * shoppers. Idempotent: every row is looked up by a natural key (user email,
 * profile user id), so running it twice updates instead of duplicating.
 * `onAccount` runs after each account is written.
 */
export async function seedDemoAccounts(client: QueryClientContract, onAccount: () => Promise<void> = async () => {}) {
  const admin = demoAdmin()
  const account = async (email: string, fullName: string, role: Role, status: Status, password: string) => {
    const user = await User.firstOrNew({ email }, {}, { client })
    user.merge({ fullName, role, status, password, rejectionReason: null })
    user.emailVerifiedAt ??= DateTime.now()
    await user.save()
    await onAccount()
    return user
  }

  await account(admin.email, 'Marquee Admin', 'admin', 'active', admin.password)
  for (const seed of SPONSORS) {
    const user = await account(seed.email, seed.fullName, 'sponsor', seed.status, DEMO_PASSWORD)
    await SponsorProfile.updateOrCreate(
      { userId: user.id },
      { companyName: seed.companyName, industry: seed.industry, budget: seed.budget, website: seed.website },
      { client }
    )
  }
  for (const seed of INFLUENCERS) {
    const user = await account(seed.email, seed.fullName, 'influencer', 'active', DEMO_PASSWORD)
    await InfluencerProfile.updateOrCreate(
      { userId: user.id },
      { niche: seed.niche, platforms: seed.platforms, reach: seed.reach, bio: seed.bio },
      { client }
    )
  }
  for (const seed of SHOPPERS) {
    await account(seed.email, seed.fullName, 'shopper', 'active', DEMO_PASSWORD)
  }
  return { accounts: DEMO_ACCOUNTS, admin }
}
