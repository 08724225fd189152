import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { CAMPAIGN_STATUSES } from '#models/campaign'
import { DIFFICULTIES } from '#models/skill_plan'
import { sqlTime } from '#platform/db/time'
import {
  BULK_SIZES,
  categorySlugPrefix,
  powerUserEmail,
  SEED_EMAIL_DOMAIN,
  type BulkProfile,
  type BulkSize,
} from '#platform/seeding/profiles'

type Row = Record<string, unknown>

interface Account {
  id: number
  email: string
  /** Epoch milliseconds. */
  joined: number
}

interface Plan {
  id: number
  owner: number
  title: string
  /** Epoch milliseconds. */
  at: number
}

interface Event {
  at: number
  actor: number
  verb: 'plan.created' | 'user.followed' | 'plan.liked'
  subjectType: 'plan' | 'user'
  subjectId: number
  planId: number | null
  data: string
}

export interface BulkCounts {
  users: number
  sponsorProfiles: number
  influencerProfiles: number
  campaigns: number
  adRequests: number
  skillPlans: number
  planTasks: number
  follows: number
  planLikes: number
  activities: number
  categories: number
  products: number
}

const DAY = 86_400_000
const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jae',
  'Kofi',
  'Lina',
  'Mateo',
  'Nia',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
]
const LAST = [
  'Adams',
  'Brooks',
  'Costa',
  'Diaz',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ito',
  'Jensen',
  'Khan',
  'Lopez',
  'Moreau',
  'Novak',
  'Okoro',
  'Park',
  'Rossi',
  'Silva',
  'Tanaka',
  'Weber',
]
const NICHES = ['beauty', 'fitness', 'travel', 'tech', 'food', 'fashion', 'gaming', 'outdoor']
const PLATFORMS = ['instagram', 'youtube', 'tiktok', 'twitch', 'x']
const PLAN_CATEGORIES = [
  'fitness',
  'cooking',
  'coding',
  'languages',
  'music',
  'mindfulness',
  'photography',
  'finance',
]
const CATEGORY_ROOTS = ['Beauty', 'Outdoor', 'Tech', 'Home', 'Fashion', 'Fitness', 'Food', 'Toys']
const CATEGORY_KINDS = ['Essentials', 'Premium', 'Kits', 'Accessories', 'Gifts']
/** Ad request statuses, weighted towards the open ones. */
const REQUEST_STATUSES = [
  'pending',
  'pending',
  'negotiating',
  'accepted',
  'accepted',
  'rejected',
  'completed',
] as const

/** How many rows of each kind a profile writes (follows and likes derive from the sizes). */
export function shape(size: BulkSize) {
  const powerFollows = Math.min(size.powerFollows, size.influencers)
  const follows = powerFollows + (size.shoppers - 1) * size.followsPerShopper
  const likes = size.activities - size.plans - follows
  const likers = size.influencers + size.shoppers
  if (likes < 0 || likes > size.plans * likers || size.followsPerShopper > size.influencers) {
    throw new Error(
      'Seed profile sizes are inconsistent: activities must cover plans and follows, and likes fit the plans'
    )
  }
  const [roots, children, grandchildren] = size.categoryTree
  return {
    users: size.sponsors + size.influencers + size.shoppers,
    powerFollows,
    follows,
    likes,
    categories: roots + roots * children + roots * children * grandchildren,
  }
}

/** Rows a profile writes in all, the unit of its progress. */
export function plannedRows(profile: BulkProfile) {
  const size = BULK_SIZES[profile]
  const { users, follows, likes, categories } = shape(size)
  const adRequests = size.campaigns * size.adRequestsPerCampaign
  const profiles = size.sponsors + size.influencers
  return (
    users +
    profiles +
    size.campaigns +
    adRequests +
    size.plans * (1 + size.tasksPerPlan) +
    follows +
    likes +
    size.activities +
    categories +
    size.products
  )
}

/** Deterministic pseudo-random numbers (mulberry32): a profile seeds the same data on every run. */
function generator(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Writes one bulk profile (users of every role with profiles, campaigns, ad
 * requests, skill plans with tasks, follows, likes, activities, a category
 * tree and products) with multi-row inserts, in the caller's transaction.
 * Every account shares one password hash, computed once by the caller.
 */
export class BulkSeeder {
  #random = generator(0x5eed)
  #now = Date.now()
  #size: BulkSize
  /** Rows per insert: SQLite compiles a multi-row insert as a compound SELECT, capped at 500 terms. */
  #chunk: number
  #counts: BulkCounts = {
    users: 0,
    sponsorProfiles: 0,
    influencerProfiles: 0,
    campaigns: 0,
    adRequests: 0,
    skillPlans: 0,
    planTasks: 0,
    follows: 0,
    planLikes: 0,
    activities: 0,
    categories: 0,
    products: 0,
  }

  constructor(
    private client: TransactionClientContract,
    private profile: BulkProfile,
    private passwordHash: string,
    private onRows: (rows: number) => Promise<void>
  ) {
    this.#size = BULK_SIZES[profile]
    this.#chunk = client.dialect.name === 'postgres' ? 1000 : 500
  }

  async run(): Promise<BulkCounts> {
    const { sponsors, influencers, shoppers } = await this.#users()
    const active = sponsors.filter((_, i) => this.#sponsorStatus(i) === 'active')
    await this.#campaigns(active, influencers)
    const plans = await this.#plans(influencers)
    await this.#activity(plans, influencers, shoppers)
    await this.#catalogue(active)
    return this.#counts
  }

  async #users() {
    const size = this.#size
    const email = (role: string, n: number) => `${this.profile}.${role}.${n}@${SEED_EMAIL_DOMAIN}`
    const range = (length: number, from = 0) => Array.from({ length }, (_, i) => i + from)
    const planned = [
      ...range(size.sponsors).map((n) => ({
        email: email('sponsor', n),
        role: 'sponsor',
        status: this.#sponsorStatus(n),
      })),
      ...range(size.influencers).map((n) => ({
        email: email('influencer', n),
        role: 'influencer',
        status: 'active',
      })),
      { email: powerUserEmail(this.profile), role: 'shopper', status: 'active' },
      ...range(size.shoppers - 1, 1).map((n) => ({
        email: email('shopper', n),
        role: 'shopper',
        status: 'active',
      })),
    ].map((account) => ({ ...account, joined: this.#now - Math.floor(this.#random() * 365 * DAY) }))
    await this.#insert(
      'users',
      planned.map((account, n) => ({
        email: account.email,
        password: this.passwordHash,
        full_name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
        role: account.role,
        status: account.status,
        rejection_reason:
          account.status === 'rejected' ? 'Seeded: incomplete company details' : null,
        email_verified_at: this.#stamp(account.joined),
        ...this.#timestamps(account.joined),
      }))
    )
    this.#counts.users = planned.length

    const ids = new Map<string, number>()
    for (const row of await this.#seededUsers().select('id', 'email'))
      ids.set(row.email, Number(row.id))
    const accounts: Account[] = planned.map(({ email: address, joined }) => ({
      id: ids.get(address)!,
      email: address,
      joined,
    }))
    const sponsors = accounts.slice(0, size.sponsors)
    const influencers = accounts.slice(size.sponsors, size.sponsors + size.influencers)
    const shoppers = accounts.slice(size.sponsors + size.influencers)

    await this.#insert(
      'sponsor_profiles',
      sponsors.map((sponsor, i) => ({
        user_id: sponsor.id,
        company_name: `${LAST[i % LAST.length]} ${CATEGORY_ROOTS[i % CATEGORY_ROOTS.length]} Co. ${i + 1}`,
        industry: NICHES[i % NICHES.length],
        budget: 100_000 + Math.floor(this.#random() * 5_000_000),
        website: `https://brand-${i + 1}.example.com`,
        ...this.#timestamps(sponsor.joined),
      }))
    )
    this.#counts.sponsorProfiles = sponsors.length
    await this.#insert(
      'influencer_profiles',
      influencers.map((creator, i) => ({
        user_id: creator.id,
        niche: NICHES[i % NICHES.length],
        platforms: JSON.stringify([
          PLATFORMS[i % PLATFORMS.length],
          PLATFORMS[(i + 2) % PLATFORMS.length],
        ]),
        reach: 1_000 + Math.floor(this.#random() ** 3 * 2_000_000),
        bio: `${NICHES[i % NICHES.length]} creator, seeded profile ${i + 1}.`,
        ...this.#timestamps(creator.joined),
      }))
    )
    this.#counts.influencerProfiles = influencers.length
    return { sponsors, influencers, shoppers }
  }

  async #campaigns(sponsors: Account[], influencers: Account[]) {
    const size = this.#size
    const opened = new Map<string, number>()
    const campaigns = Array.from({ length: size.campaigns }, (_, i) => {
      const sponsor = sponsors[i % sponsors.length]
      const at = this.#after(sponsor.joined)
      const start = new Date(at + 7 * DAY)
      const name = `${NICHES[i % NICHES.length]} campaign ${i + 1}`
      opened.set(name, at)
      return {
        sponsor_id: sponsor.id,
        name,
        description: `Seeded campaign ${i + 1} looking for ${NICHES[i % NICHES.length]} creators.`,
        niche: NICHES[i % NICHES.length],
        goals: JSON.stringify(['awareness', 'engagement'].slice(0, 1 + (i % 2))),
        budget: 50_000 + Math.floor(this.#random() * 2_000_000),
        start_date: start.toISOString().slice(0, 10),
        end_date: new Date(start.getTime() + 60 * DAY).toISOString().slice(0, 10),
        visibility: i % 5 === 0 ? 'private' : 'public',
        status: CAMPAIGN_STATUSES[i % CAMPAIGN_STATUSES.length],
        ...this.#timestamps(at),
      }
    })
    await this.#insert('campaigns', campaigns)
    this.#counts.campaigns = campaigns.length

    const created = await this.client
      .from('campaigns')
      .whereIn('sponsor_id', this.#seededUsers().select('id'))
      .orderBy('id')
      .select('id', 'sponsor_id', 'name', 'status', 'created_at', 'updated_at')
    await this.#statusHistory(created)
    const requests: Row[] = []
    created.forEach((campaign, i) => {
      for (let j = 0; j < size.adRequestsPerCampaign; j++) {
        const status = REQUEST_STATUSES[(i + j) % REQUEST_STATUSES.length]
        const at = this.#after(opened.get(campaign.name)!)
        const answered = status === 'accepted' || status === 'rejected' || status === 'completed'
        const amount = 10_000 + Math.floor(this.#random() * 200_000)
        requests.push({
          campaign_id: campaign.id,
          sponsor_id: campaign.sponsor_id,
          influencer_id: influencers[(i * 17 + j) % influencers.length].id,
          initiated_by: j % 2 ? 'influencer' : 'sponsor',
          requirements: 'Two posts and one story in the campaign window.',
          deliverables: 'Links to the published posts.',
          payment_amount: amount,
          agreed_amount: status === 'accepted' || status === 'completed' ? amount : null,
          status,
          rejection_reason: status === 'rejected' ? 'Seeded: schedule conflict' : null,
          responded_at: answered ? this.#stamp(this.#after(at)) : null,
          completed_at: status === 'completed' ? this.#stamp(this.#now - DAY) : null,
          ...this.#timestamps(at),
        })
      }
    })
    await this.#insert('ad_requests', requests)
    this.#counts.adRequests = requests.length
  }

  async #plans(influencers: Account[]) {
    const size = this.#size
    const createdAt = new Map<string, number>()
    const plans = Array.from({ length: size.plans }, (_, i) => {
      const owner = influencers[(i * 7) % influencers.length]
      const category = PLAN_CATEGORIES[i % PLAN_CATEGORIES.length]
      const title = `${category} in ${7 + (i % 4) * 7} days #${i + 1}`
      const at = this.#after(owner.joined)
      createdAt.set(title, at)
      return {
        owner_id: owner.id,
        title,
        description: `A seeded ${category} plan, one small step a day.`,
        category,
        difficulty: DIFFICULTIES[i % DIFFICULTIES.length],
        duration_days: 7 + (i % 4) * 7,
        tags: JSON.stringify([category, 'seeded']),
        visibility: i % 10 === 9 ? 'unlisted' : 'public',
        ...this.#timestamps(at),
      }
    })
    await this.#insert('skill_plans', plans)
    this.#counts.skillPlans = plans.length

    const created = await this.client
      .from('skill_plans')
      .whereIn('owner_id', this.#seededUsers().select('id'))
      .orderBy('id')
      .select('id', 'owner_id', 'title')
    const tasks = created.flatMap((plan) =>
      Array.from({ length: size.tasksPerPlan }, (_, position) => ({
        plan_id: plan.id,
        day: position + 1,
        position,
        title: `Day ${position + 1}: practice`,
        description: 'Twenty focused minutes.',
      }))
    )
    await this.#insert('plan_tasks', tasks)
    this.#counts.planTasks = tasks.length
    return created.map((plan): Plan => ({
      id: Number(plan.id),
      owner: Number(plan.owner_id),
      title: String(plan.title),
      at: createdAt.get(plan.title)!,
    }))
  }

  /** Follows and likes with their activities, all activities written oldest first. */
  async #activity(plans: Plan[], influencers: Account[], shoppers: Account[]) {
    const size = this.#size
    const { powerFollows, likes } = shape(size)
    const events: Event[] = plans.map((plan) => ({
      at: plan.at,
      actor: plan.owner,
      verb: 'plan.created',
      subjectType: 'plan',
      subjectId: plan.id,
      planId: plan.id,
      data: JSON.stringify({ title: plan.title }),
    }))

    const follows: Row[] = []
    const follow = (follower: Account, followee: Account) => {
      const at = this.#after(Math.max(follower.joined, followee.joined))
      follows.push({
        follower_id: follower.id,
        followee_id: followee.id,
        created_at: this.#stamp(at),
      })
      events.push({
        at,
        actor: follower.id,
        verb: 'user.followed',
        subjectType: 'user',
        subjectId: followee.id,
        planId: null,
        data: '{}',
      })
    }
    const [power, ...others] = shoppers
    for (let i = 0; i < powerFollows; i++) follow(power, influencers[i])
    others.forEach((shopper, s) => {
      for (let j = 0; j < size.followsPerShopper; j++)
        follow(shopper, influencers[(s * 37 + j) % influencers.length])
    })

    // Like k: plan k mod P by liker (q + 131·p) mod L with q = k div P, distinct per plan while q < L.
    const likers = [...influencers, ...shoppers]
    const planLikes: Row[] = []
    for (let k = 0; k < likes; k++) {
      const p = k % plans.length
      const plan = plans[p]
      const liker = likers[(Math.floor(k / plans.length) + p * 131) % likers.length]
      const at = this.#after(Math.max(plan.at, liker.joined))
      planLikes.push({ plan_id: plan.id, user_id: liker.id, created_at: this.#stamp(at) })
      events.push({
        at,
        actor: liker.id,
        verb: 'plan.liked',
        subjectType: 'plan',
        subjectId: plan.id,
        planId: plan.id,
        data: '{}',
      })
    }

    await this.#insert('follows', follows)
    this.#counts.follows = follows.length
    await this.#insert('plan_likes', planLikes)
    this.#counts.planLikes = planLikes.length
    await this.client
      .from('skill_plans')
      .whereIn('owner_id', this.#seededUsers().select('id'))
      .update({
        likes_count: this.client.raw(
          '(select count(*) from plan_likes where plan_likes.plan_id = skill_plans.id)'
        ),
      })

    events.sort((a, b) => a.at - b.at)
    await this.#insert(
      'activities',
      events.map((e) => ({
        actor_id: e.actor,
        verb: e.verb,
        subject_type: e.subjectType,
        subject_id: e.subjectId,
        plan_id: e.planId,
        data: e.data,
        created_at: this.#stamp(e.at),
      }))
    )
    this.#counts.activities = events.length
  }

  /** A category tree (materialised paths need each node's id, so it is written level by level) and products in its leaves. */
  async #catalogue(brands: Account[]) {
    const [roots, children, grandchildren] = this.#size.categoryTree
    const prefix = categorySlugPrefix(this.profile)
    const at = this.#now - 400 * DAY
    const level = async (
      nodes: {
        name: string
        slug: string
        position: number
        parent: { id: number; path: string } | null
      }[]
    ) => {
      await this.#insert(
        'categories',
        nodes.map((node) => ({
          parent_id: node.parent?.id ?? null,
          name: node.name,
          slug: node.slug,
          path: '/',
          position: node.position,
          ...this.#timestamps(at),
        }))
      )
      const parents = new Map(nodes.map((node) => [node.slug, node.parent]))
      const created = await this.client
        .from('categories')
        .whereIn('slug', [...parents.keys()])
        .select('id', 'slug', 'name')
      const written = []
      for (const row of created) {
        const path = `${parents.get(row.slug)?.path ?? '/'}${row.id}/`
        await this.client.from('categories').where('id', row.id).update({ path })
        written.push({ id: Number(row.id), slug: String(row.slug), name: String(row.name), path })
      }
      this.#counts.categories += written.length
      return written.sort((a, b) => a.slug.localeCompare(b.slug))
    }

    const top = await level(
      CATEGORY_ROOTS.slice(0, roots).map((name, position) => ({
        name,
        slug: `${prefix}${name.toLowerCase()}`,
        position,
        parent: null,
      }))
    )
    const middle = await level(
      top.flatMap((parent) =>
        CATEGORY_KINDS.slice(0, children).map((kind, position) => ({
          name: `${parent.name} ${kind}`,
          slug: `${parent.slug}-${kind.toLowerCase()}`,
          position,
          parent,
        }))
      )
    )
    const leaves = grandchildren
      ? await level(
          middle.flatMap((parent) =>
            Array.from({ length: grandchildren }, (_, position) => ({
              name: `${parent.name} ${position + 1}`,
              slug: `${parent.slug}-${position + 1}`,
              position,
              parent,
            }))
          )
        )
      : middle

    const products = Array.from({ length: this.#size.products }, (_, i) => {
      const category = leaves[i % leaves.length]
      return {
        brand_id: brands[i % brands.length].id,
        category_id: category.id,
        name: `${category.name} item ${i + 1}`,
        description: `Seeded product ${i + 1} in ${category.name}.`,
        price: 499 + Math.floor(this.#random() * 20_000),
        currency: 'USD',
        stock: Math.floor(this.#random() * 200),
        images: '[]',
        tags: JSON.stringify(['seeded', category.slug.slice(prefix.length).split('-')[0]]),
        featured: i % 25 === 0,
        active: i % 50 !== 49,
        ...this.#timestamps(this.#after(at)),
      }
    })
    await this.#insert('products', products)
    this.#counts.products = products.length
  }

  /** Every 20th sponsor awaits approval and the one after it was rejected; the others are active brands. */
  #sponsorStatus(n: number) {
    return n % 20 === 0 ? 'pending' : n % 20 === 1 ? 'rejected' : 'active'
  }

  #seededUsers() {
    return this.client
      .from('users')
      .where('email', 'like', `${this.profile}.%@${SEED_EMAIL_DOMAIN}`)
  }

  /** The status history the Campaign model records on save: active from creation unless draft, then paused or completed. */
  async #statusHistory(
    campaigns: { id: number; status: string; created_at: unknown; updated_at: unknown }[]
  ) {
    const changes = campaigns.flatMap((campaign) => [
      {
        campaign_id: campaign.id,
        status: campaign.status === 'draft' ? 'draft' : 'active',
        changed_at: campaign.created_at,
      },
      ...(campaign.status === 'paused' || campaign.status === 'completed'
        ? [{ campaign_id: campaign.id, status: campaign.status, changed_at: campaign.updated_at }]
        : []),
    ])
    for (let start = 0; start < changes.length; start += this.#chunk) {
      await this.client
        .table('campaign_status_changes')
        .multiInsert(changes.slice(start, start + this.#chunk))
    }
  }

  async #insert(table: string, rows: Row[]) {
    for (let start = 0; start < rows.length; start += this.#chunk) {
      const chunk = rows.slice(start, start + this.#chunk)
      await this.client.table(table).multiInsert(chunk)
      await this.onRows(chunk.length)
    }
  }

  /** A random moment between `from` and now. */
  #after(from: number) {
    return from + Math.floor(this.#random() * Math.max(0, this.#now - from))
  }

  /** A timestamp binding: the instant for PostgreSQL, the UTC text Lucid stores for SQLite. */
  #stamp(ms: number) {
    return sqlTime(new Date(ms), this.client)
  }

  #timestamps(ms: number) {
    return { created_at: this.#stamp(ms), updated_at: this.#stamp(ms) }
  }
}
