import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import User from '#models/user'
import SponsorProfile from '#models/sponsor_profile'
import InfluencerProfile from '#models/influencer_profile'

export const FACTORY_PASSWORD = 'secret-password-1'

export const SponsorProfileFactory = factory
  .define(SponsorProfile, ({ faker }) => ({
    companyName: faker.company.name(),
    industry: faker.commerce.department(),
    budget: faker.number.int({ min: 1000, max: 5_000_000 }),
  }))
  .build()

export const InfluencerProfileFactory = factory
  .define(InfluencerProfile, ({ faker }) => ({
    niche: faker.helpers.arrayElement(['fitness', 'beauty', 'tech', 'food', 'travel']),
    platforms: faker.helpers.arrayElements(['instagram', 'youtube', 'tiktok', 'twitch'], 2),
    reach: faker.number.int({ min: 100, max: 2_000_000 }),
    bio: faker.lorem.sentence(),
  }))
  .build()

export const UserFactory = factory
  .define(User, ({ faker }) => ({
    email: faker.internet
      .email({ provider: `t${faker.string.alphanumeric(6)}.test` })
      .toLowerCase(),
    password: FACTORY_PASSWORD,
    fullName: faker.person.fullName(),
    role: 'shopper' as const,
    status: 'active' as const,
    emailVerifiedAt: DateTime.utc(),
    privacy: {},
  }))
  .state('admin', (user) => (user.role = 'admin'))
  .state('shopper', (user) => (user.role = 'shopper'))
  .state('influencer', (user) => (user.role = 'influencer'))
  .state('sponsor', (user) => (user.role = 'sponsor'))
  .state('pending', (user) => (user.status = 'pending'))
  .state('blocked', (user) => (user.blockedAt = DateTime.utc()))
  .relation('sponsorProfile', () => SponsorProfileFactory)
  .relation('influencerProfile', () => InfluencerProfileFactory)
  .build()
