import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
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

/** The demo admin's credentials outside production (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
export function demoAdmin() {
  return {
    email: env.get('SEED_ADMIN_EMAIL', 'admin@marquee.local').toLowerCase(),
    password: env.get('SEED_ADMIN_PASSWORD', 'marquee-admin-2026'),
  }
}

/** The passwords a seed run gives the accounts it creates (it never changes an existing one). */
export interface SeedCredentials {
  /** Every created account but the admin. */
  password: string
  /** The admin to create when missing; null in production, where `node ace admin:create` makes admins. */
  admin: { email: string; password: string } | null
  /** The passwords are the ones the README prints. */
  published: boolean
}

/**
 * Outside production, the published demo passwords (README). In production,
 * where no account may be created with a published password, one random
 * password for the run (the command that seeded shows it once) and no admin.
 */
export function seedCredentials(): SeedCredentials {
  if (app.inProduction)
    return { password: randomBytes(18).toString('base64url'), admin: null, published: false }
  return { password: DEMO_PASSWORD, admin: demoAdmin(), published: true }
}

/**
 * The demo accounts of `npm run demo`: an admin, brands, creators and
 * shoppers. Adds only what is missing: an account that exists (looked up by
 * e-mail) keeps its password, status and details, however it was changed
 * since, and gets only a missing profile. Resolves to the e-mails it created;
 * `onAccount` runs after each account.
 */
export async function seedDemoAccounts(
  client: QueryClientContract,
  credentials: SeedCredentials,
  onAccount: () => Promise<void> = async () => {}
) {
  const created: string[] = []
  const account = async (
    email: string,
    fullName: string,
    role: Role,
    status: Status,
    password: string
  ) => {
    let user = await User.query({ client }).where('email', email).first()
    if (!user) {
      user = await User.create(
        { email, fullName, role, status, password, privacy: {}, emailVerifiedAt: DateTime.now() },
        { client }
      )
      created.push(email)
    }
    await onAccount()
    return user
  }

  if (credentials.admin)
    await account(
      credentials.admin.email,
      'Marquee Admin',
      'admin',
      'active',
      credentials.admin.password
    )
  else await onAccount()
  for (const seed of SPONSORS) {
    const user = await account(
      seed.email,
      seed.fullName,
      'sponsor',
      seed.status,
      credentials.password
    )
    await SponsorProfile.firstOrCreate(
      { userId: user.id },
      {
        companyName: seed.companyName,
        industry: seed.industry,
        budget: seed.budget,
        website: seed.website,
      },
      { client }
    )
  }
  for (const seed of INFLUENCERS) {
    const user = await account(
      seed.email,
      seed.fullName,
      'influencer',
      'active',
      credentials.password
    )
    await InfluencerProfile.firstOrCreate(
      { userId: user.id },
      { niche: seed.niche, platforms: seed.platforms, reach: seed.reach, bio: seed.bio },
      { client }
    )
  }
  for (const seed of SHOPPERS) {
    await account(seed.email, seed.fullName, 'shopper', 'active', credentials.password)
  }
  return created
}
