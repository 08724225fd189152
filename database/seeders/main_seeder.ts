import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
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

/**
 * Demo data for `npm run demo`. Idempotent: every row is looked up by a
 * natural key (user email, profile user id), so running it twice updates
 * instead of duplicating.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const adminEmail = env.get('SEED_ADMIN_EMAIL', 'admin@marquee.local').toLowerCase()
    const adminPassword = env.get('SEED_ADMIN_PASSWORD', 'marquee-admin-2026')

    await this.user(adminEmail, 'Marquee Admin', 'admin', 'active', adminPassword)

    for (const seed of SPONSORS) {
      const user = await this.user(seed.email, seed.fullName, 'sponsor', seed.status, DEMO_PASSWORD)
      await SponsorProfile.updateOrCreate(
        { userId: user.id },
        {
          companyName: seed.companyName,
          industry: seed.industry,
          budget: seed.budget,
          website: seed.website,
        },
        { client: this.client }
      )
    }

    for (const seed of INFLUENCERS) {
      const user = await this.user(seed.email, seed.fullName, 'influencer', 'active', DEMO_PASSWORD)
      await InfluencerProfile.updateOrCreate(
        { userId: user.id },
        { niche: seed.niche, platforms: seed.platforms, reach: seed.reach, bio: seed.bio },
        { client: this.client }
      )
    }

    for (const seed of SHOPPERS) {
      await this.user(seed.email, seed.fullName, 'shopper', 'active', DEMO_PASSWORD)
    }

    const count = 1 + SPONSORS.length + INFLUENCERS.length + SHOPPERS.length
    const line = `Demo admin: ${adminEmail} / ${adminPassword}`
    const others = `Other demo users (${count - 1}): *@marquee.local / ${DEMO_PASSWORD}`
    const width = Math.max(line.length, others.length)
    const border = `+${'-'.repeat(width + 2)}+`
    console.log(
      [border, `| ${line.padEnd(width)} |`, `| ${others.padEnd(width)} |`, border].join('\n')
    )
  }

  /** Creates or refreshes one verified account; the password is hashed on save. */
  private async user(email: string, fullName: string, role: Role, status: Status, password: string) {
    const user = await User.firstOrNew({ email }, {}, { client: this.client })
    user.merge({ fullName, role, status, password, rejectionReason: null })
    user.emailVerifiedAt ??= DateTime.now()
    return user.save()
  }
}
