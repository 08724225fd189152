import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AdRequest from '#models/ad_request'
import Campaign from '#models/campaign'
import Category from '#models/category'
import Address from '#models/commerce/address'
import NegotiationOffer from '#models/negotiation_offer'
import Product from '#models/product'
import SkillPlan, { type Difficulty } from '#models/skill_plan'
import User from '#models/user'
import ActivityService from '#services/community/activity_service'
import { insertOnce } from '#services/community/interaction_rows'
import { replaceTasks } from '#services/community/plan_service'
import { sqlNow } from '#platform/db/time'
import type { DemoContent } from '#platform/seeding/seed_runner'
import { invalidateCatalogue } from '#services/commerce/product_cache'
import CacheService from '#platform/cache/cache_service'

const LUMEN = 'brand.lumen@marquee.local'
const TRAILHEAD = 'brand.trailhead@marquee.local'
const MAYA = 'creator.maya@marquee.local'
const JONAS = 'creator.jonas@marquee.local'
const AMARA = 'creator.amara@marquee.local'
const SAM = 'shopper.sam@marquee.local'
const NOOR = 'shopper.noor@marquee.local'

interface CategorySeed {
  slug: string
  name: string
  parent: string | null
}

/** Parents before children. */
const CATEGORIES: CategorySeed[] = [
  { slug: 'beauty', name: 'Beauty', parent: null },
  { slug: 'skincare', name: 'Skincare', parent: 'beauty' },
  { slug: 'outdoor', name: 'Outdoor', parent: null },
  { slug: 'camping', name: 'Camping', parent: 'outdoor' },
  { slug: 'hiking', name: 'Hiking', parent: 'outdoor' },
  { slug: 'technology', name: 'Technology', parent: null },
]

interface ProductSeed {
  brand: string
  category: string
  name: string
  description: string
  /** Minor units (USD cents). */
  price: number
  stock: number
  tags: string[]
  featured?: boolean
}

const PRODUCTS: ProductSeed[] = [
  {
    brand: LUMEN,
    category: 'skincare',
    name: 'Lumen Daily Gel Cleanser',
    description: 'A gentle, fragrance-free gel cleanser for morning and evening.',
    price: 1_800,
    stock: 120,
    tags: ['skincare', 'cleanser', 'vegan'],
    featured: true,
  },
  {
    brand: LUMEN,
    category: 'skincare',
    name: 'Lumen Hydrating Serum',
    description: 'A light serum with hyaluronic acid for all-day moisture.',
    price: 3_400,
    stock: 80,
    tags: ['skincare', 'serum', 'hydration'],
  },
  {
    brand: LUMEN,
    category: 'skincare',
    name: 'Lumen Mineral Sunscreen SPF 30',
    description: 'A mineral sunscreen that leaves no white cast.',
    price: 2_200,
    stock: 60,
    tags: ['skincare', 'sunscreen'],
  },
  {
    brand: LUMEN,
    category: 'skincare',
    name: 'Lumen Night Repair Cream',
    description: 'A rich night cream for dry skin.',
    price: 4_200,
    stock: 15,
    tags: ['skincare', 'moisturiser'],
  },
  {
    brand: TRAILHEAD,
    category: 'camping',
    name: 'Trailhead Two-Person Dome Tent',
    description: 'A 2.1 kg three-season tent that pitches in five minutes.',
    price: 18_900,
    stock: 25,
    tags: ['camping', 'tent', 'lightweight'],
    featured: true,
  },
  {
    brand: TRAILHEAD,
    category: 'hiking',
    name: 'Trailhead Trekking Poles',
    description: 'A pair of folding aluminium poles with cork grips.',
    price: 6_900,
    stock: 40,
    tags: ['hiking', 'poles'],
  },
  {
    brand: TRAILHEAD,
    category: 'hiking',
    name: 'Trailhead 28 L Day Pack',
    description: 'A ventilated day pack with a rain cover and a hydration sleeve.',
    price: 7_900,
    stock: 50,
    tags: ['hiking', 'backpack'],
  },
  {
    brand: TRAILHEAD,
    category: 'technology',
    name: 'Trailhead Solar Power Bank',
    description: 'A 10,000 mAh power bank with a fold-out solar panel.',
    price: 4_900,
    stock: 35,
    tags: ['technology', 'solar', 'camping'],
  },
]

const ADDRESS = {
  owner: SAM,
  recipient: 'Sam Rivera',
  line1: '12 Harbour Street',
  line2: 'Apartment 4',
  city: 'Portland',
  postalCode: '97201',
  country: 'US',
  phone: null,
}

interface CampaignSeed {
  sponsor: string
  name: string
  description: string
  niche: string
  goals: string[]
  budget: number
}

/** Active and public, running from three days before the first seed to 60 days after it. */
const CAMPAIGNS: CampaignSeed[] = [
  {
    sponsor: LUMEN,
    name: 'Five-Minute Morning Routine',
    description: 'Show your audience a simple morning routine with the Lumen cleanser and serum.',
    niche: 'beauty',
    goals: ['awareness', 'engagement'],
    budget: 500_000,
  },
  {
    sponsor: TRAILHEAD,
    name: 'Weekend Trails Challenge',
    description: 'Take the Trailhead tent and day pack on a weekend hike and share the trip.',
    niche: 'outdoor',
    goals: ['awareness'],
    budget: 300_000,
  },
]

const AD_REQUEST = {
  campaign: 'Five-Minute Morning Routine',
  sponsor: LUMEN,
  influencer: MAYA,
  requirements:
    'One short video of your morning routine with the cleanser and serum, and two stories.',
  deliverables: 'Links to the published video and stories.',
  paymentAmount: 75_000,
  message: 'Hi Maya, your five-minute routines fit this campaign perfectly. Would you join?',
}

interface PlanSeed {
  owner: string
  title: string
  description: string
  category: string
  difficulty: Difficulty
  durationDays: number
  tags: string[]
  tasks: { day: number; title: string; description?: string }[]
}

const PLANS: PlanSeed[] = [
  {
    owner: MAYA,
    title: 'Five-Minute Skincare Routine',
    description: 'Build a morning and evening routine that takes five minutes, one step a day.',
    category: 'beauty',
    difficulty: 'beginner',
    durationDays: 7,
    tags: ['skincare', 'routine'],
    tasks: [
      {
        day: 1,
        title: 'Find your skin type',
        description: 'Wash, wait an hour, and note where your skin feels oily or tight.',
      },
      {
        day: 2,
        title: 'Cleanse morning and evening',
        description: 'Use a gentle cleanser for 60 seconds, twice.',
      },
      { day: 3, title: 'Add a serum' },
      { day: 4, title: 'Moisturise while the skin is damp' },
      {
        day: 5,
        title: 'Sunscreen every morning',
        description: 'Two finger-lengths for face and neck.',
      },
      { day: 7, title: 'Review the week and keep what worked' },
    ],
  },
  {
    owner: JONAS,
    title: '30-Day Home Strength Plan',
    description: 'Bodyweight strength training at home, twenty minutes a day, no equipment.',
    category: 'fitness',
    difficulty: 'intermediate',
    durationDays: 30,
    tags: ['strength', 'home-workout'],
    tasks: [
      {
        day: 1,
        title: 'Baseline test',
        description: 'Count your push-ups, squats and plank seconds.',
      },
      { day: 2, title: 'Squats: 4 sets of 12' },
      { day: 3, title: 'Push-ups: 4 sets to near failure' },
      { day: 4, title: 'Rest and stretch for 15 minutes' },
      { day: 5, title: 'Lunges and glute bridges: 3 sets of 15' },
      { day: 30, title: 'Repeat the baseline test and compare' },
    ],
  },
  {
    owner: AMARA,
    title: 'Plan a Budget Weekend Trip',
    description:
      'Plan a two-day trip for under 200 dollars, from picking a place to packing light.',
    category: 'travel',
    difficulty: 'beginner',
    durationDays: 5,
    tags: ['travel', 'budget'],
    tasks: [
      { day: 1, title: 'Pick a destination within three hours of home' },
      { day: 2, title: 'Compare train, bus and car-share prices' },
      {
        day: 3,
        title: 'Book a hostel or guesthouse',
        description: 'Read the three most recent reviews first.',
      },
      { day: 4, title: 'Plan one free activity per half day' },
      { day: 5, title: 'Pack everything into one carry-on bag' },
    ],
  },
]

/** Shoppers follow creators, so their personal feeds show what those creators do. */
const FOLLOWS: [follower: string, followee: string][] = [
  [SAM, MAYA],
  [SAM, JONAS],
  [NOOR, MAYA],
  [NOOR, AMARA],
]

/** [liker, plan owner]: each creator has one plan. Maya's and Jonas's likes show in Sam's feed. */
const LIKES: [liker: string, owner: string][] = [
  [JONAS, MAYA],
  [MAYA, AMARA],
  [SAM, MAYA],
  [SAM, AMARA],
  [NOOR, JONAS],
]

/** Slugs of the demo category tree. */
export const DEMO_CATEGORY_SLUGS = CATEGORIES.map((category) => category.slug)

/** What the demo content holds in all (README "Quick start"). */
export const DEMO_CONTENT = {
  categories: CATEGORIES.length,
  products: PRODUCTS.length,
  addresses: 1,
  campaigns: CAMPAIGNS.length,
  adRequests: 1,
  skillPlans: PLANS.length,
  planTasks: PLANS.reduce((sum, plan) => sum + plan.tasks.length, 0),
  follows: FOLLOWS.length,
  planLikes: LIKES.length,
  /** One per plan created, follow and like. */
  activities: PLANS.length + FOLLOWS.length + LIKES.length,
}

export type DemoContentCounts = typeof DEMO_CONTENT

/** Rows the demo content writes in all, the unit of its share of the seed's progress. */
export const DEMO_CONTENT_ROWS = Object.values(DEMO_CONTENT).reduce((sum, rows) => sum + rows, 0)

/**
 * The demo content of `npm run demo`, on top of the demo accounts: a category
 * tree and products of the two active brands, a delivery address for Sam, a
 * campaign per active brand and an invitation to Maya, one skill plan per
 * creator, follows and likes. Written in the caller's transaction through the
 * models and the insert paths of the services (one-per-user rows, counters and
 * the activities the feeds read).
 *
 * Idempotent: every row is looked up by a natural key (category slug, product
 * brand + name, campaign sponsor + name, plan owner + title, the follow and
 * like keys) and only missing rows are written, so a second run writes
 * nothing and changes made while trying the demo stay. Returns the rows this
 * run created.
 */
export async function seedDemoContent(
  client: TransactionClientContract
): Promise<DemoContentCounts> {
  const created: DemoContentCounts = Object.fromEntries(
    Object.keys(DEMO_CONTENT).map((key) => [key, 0])
  ) as DemoContentCounts
  const users = await demoUsers(client)
  const activities = new ActivityService()

  const categories = new Map<string, Category>()
  for (const seed of CATEGORIES) {
    let category = await Category.query({ client }).where('slug', seed.slug).first()
    if (!category) {
      const parent = seed.parent ? categories.get(seed.parent)! : null
      category = await Category.create(
        { parentId: parent?.id ?? null, name: seed.name, slug: seed.slug, path: '/', position: 0 },
        { client }
      )
      category.path = `${parent?.path ?? '/'}${category.id}/`
      await category.useTransaction(client).save()
      created.categories++
    }
    categories.set(seed.slug, category)
  }

  for (const seed of PRODUCTS) {
    const brandId = users.get(seed.brand)!.id
    if (await Product.query({ client }).where({ brand_id: brandId, name: seed.name }).first())
      continue
    await Product.create(
      {
        brandId,
        categoryId: categories.get(seed.category)!.id,
        name: seed.name,
        description: seed.description,
        price: seed.price,
        currency: 'USD',
        stock: seed.stock,
        images: [],
        tags: seed.tags,
        featured: seed.featured ?? false,
        active: true,
        salesCount: 0,
      },
      { client }
    )
    created.products++
  }

  const { owner, ...address } = ADDRESS
  const shopper = users.get(owner)!
  if (
    !(await Address.query({ client })
      .where({ user_id: shopper.id, line1: address.line1, postal_code: address.postalCode })
      .first())
  ) {
    // Default unless the shopper already chose one (at most one default per shopper).
    const hasDefault = await Address.query({ client })
      .where({ user_id: shopper.id, is_default: true })
      .first()
    await Address.create({ ...address, userId: shopper.id, isDefault: !hasDefault }, { client })
    created.addresses++
  }

  const today = DateTime.utc().startOf('day')
  const campaigns = new Map<string, Campaign>()
  for (const seed of CAMPAIGNS) {
    const sponsorId = users.get(seed.sponsor)!.id
    let campaign = await Campaign.query({ client })
      .where({ sponsor_id: sponsorId, name: seed.name })
      .first()
    if (!campaign) {
      const { sponsor, ...fields } = seed
      campaign = await Campaign.create(
        {
          ...fields,
          sponsorId,
          currency: 'USD',
          startDate: today.minus({ days: 3 }),
          endDate: today.plus({ days: 60 }),
          visibility: 'public',
          status: 'active',
        },
        { client }
      )
      created.campaigns++
    }
    campaigns.set(seed.name, campaign)
  }

  const campaign = campaigns.get(AD_REQUEST.campaign)!
  const sponsor = users.get(AD_REQUEST.sponsor)!
  const influencer = users.get(AD_REQUEST.influencer)!
  if (
    !(await AdRequest.query({ client })
      .where({ campaign_id: campaign.id, influencer_id: influencer.id })
      .first())
  ) {
    const request = await AdRequest.create(
      {
        campaignId: campaign.id,
        sponsorId: sponsor.id,
        influencerId: influencer.id,
        initiatedBy: 'sponsor',
        requirements: AD_REQUEST.requirements,
        deliverables: AD_REQUEST.deliverables,
        paymentAmount: AD_REQUEST.paymentAmount,
        status: 'pending',
        lastOfferBy: sponsor.id,
      },
      { client }
    )
    // The negotiation history starts with the invitation, as AdRequestService.create records it.
    await NegotiationOffer.create(
      {
        adRequestId: request.id,
        authorId: sponsor.id,
        kind: 'initial',
        amount: AD_REQUEST.paymentAmount,
        message: AD_REQUEST.message,
      },
      { client }
    )
    created.adRequests++
  }

  const plans = new Map<string, SkillPlan>()
  for (const seed of PLANS) {
    const ownerId = users.get(seed.owner)!.id
    let plan = await SkillPlan.query({ client })
      .where({ owner_id: ownerId, title: seed.title })
      .first()
    if (!plan) {
      const { owner: ownerEmail, tasks, ...fields } = seed
      plan = await SkillPlan.create({ ...fields, ownerId, visibility: 'public' }, { client })
      await replaceTasks(client, plan.id, tasks)
      await activities.record(
        {
          actorId: ownerId,
          verb: 'plan.created',
          subjectType: 'plan',
          subjectId: plan.id,
          planId: plan.id,
          data: { title: plan.title },
        },
        client
      )
      created.skillPlans++
      created.planTasks += tasks.length
      created.activities++
    }
    plans.set(seed.owner, plan)
  }

  // Follows and likes as FollowService.follow and PlanInteractionService.like write them (without their notifications).
  for (const [followerEmail, followeeEmail] of FOLLOWS) {
    const follower = users.get(followerEmail)!
    const followee = users.get(followeeEmail)!
    if (
      !(await insertOnce(
        client,
        'follows',
        { follower_id: follower.id, followee_id: followee.id },
        { created_at: sqlNow(client) }
      ))
    )
      continue
    await activities.record(
      { actorId: follower.id, verb: 'user.followed', subjectType: 'user', subjectId: followee.id },
      client
    )
    created.follows++
    created.activities++
  }
  for (const [likerEmail, ownerEmail] of LIKES) {
    const liker = users.get(likerEmail)!
    const plan = plans.get(ownerEmail)!
    if (
      !(await insertOnce(
        client,
        'plan_likes',
        { plan_id: plan.id, user_id: liker.id },
        { created_at: sqlNow(client) }
      ))
    )
      continue
    await client.from('skill_plans').where('id', plan.id).increment('likes_count', 1)
    await activities.record(
      {
        actorId: liker.id,
        verb: 'plan.liked',
        subjectType: 'plan',
        subjectId: plan.id,
        planId: plan.id,
      },
      client
    )
    created.planLikes++
    created.activities++
  }

  return created
}

/** The demo accounts the content belongs to, by e-mail (seedDemoAccounts writes them first). */
async function demoUsers(client: TransactionClientContract) {
  const emails = [LUMEN, TRAILHEAD, MAYA, JONAS, AMARA, SAM, NOOR]
  const found = await User.query({ client }).whereIn('email', emails)
  const users = new Map(found.map((user) => [user.email, user]))
  const missing = emails.filter((email) => !users.has(email))
  if (missing.length)
    throw new Error(`Demo content needs the demo accounts first; missing: ${missing.join(', ')}`)
  return users
}

/**
 * The demo content as the platform's seed runner takes it (start/registries.ts
 * registers it): its rows, how to write it, and, once the seed committed,
 * dropping the cached catalogue so a running server lists the new products at once.
 */
export const demoContent: DemoContent<DemoContentCounts> = {
  rows: DEMO_CONTENT_ROWS,
  seed: seedDemoContent,
  async afterSeed(resolver) {
    await invalidateCatalogue(await resolver.make(CacheService))
  },
}
