export const SEED_PROFILES = ['demo', 'small', 'large', 'xlarge'] as const
export type SeedProfile = (typeof SEED_PROFILES)[number]
export type BulkProfile = Exclude<SeedProfile, 'demo'>

/** Rows one bulk profile adds on top of the demo accounts. */
export interface BulkSize {
  sponsors: number
  influencers: number
  /** The first shopper is the profile's power user. */
  shoppers: number
  campaigns: number
  adRequestsPerCampaign: number
  plans: number
  tasksPerPlan: number
  /** Creators the power user follows. */
  powerFollows: number
  /** Creators every other shopper follows. */
  followsPerShopper: number
  /** All activities: one per plan created, one per follow, the rest plan likes. */
  activities: number
  /** Category tree: roots, children per root, grandchildren per child. */
  categoryTree: [number, number, number]
  products: number
}

export const BULK_SIZES: Record<BulkProfile, BulkSize> = {
  small: {
    sponsors: 20,
    influencers: 80,
    shoppers: 100,
    campaigns: 20,
    adRequestsPerCampaign: 3,
    plans: 100,
    tasksPerPlan: 3,
    powerFollows: 50,
    followsPerShopper: 3,
    activities: 2_000,
    categoryTree: [3, 3, 0],
    products: 200,
  },
  large: {
    sponsors: 500,
    influencers: 3_000,
    shoppers: 6_500,
    campaigns: 1_000,
    adRequestsPerCampaign: 4,
    plans: 2_000,
    tasksPerPlan: 3,
    powerFollows: 1_000,
    followsPerShopper: 4,
    activities: 100_000,
    categoryTree: [8, 5, 4],
    products: 5_000,
  },
  /** Ten times `large` (100,000 members, 1,000,000 activities): how costs grow with the data. */
  xlarge: {
    sponsors: 5_000,
    influencers: 30_000,
    shoppers: 65_000,
    campaigns: 10_000,
    adRequestsPerCampaign: 4,
    plans: 20_000,
    tasksPerPlan: 3,
    powerFollows: 1_000,
    followsPerShopper: 4,
    activities: 1_000_000,
    categoryTree: [8, 5, 4],
    products: 50_000,
  },
}

/** Every bulk-seeded account has an address at this domain (`<profile>.<role>.<n>@…`), so they are easy to find and delete. */
export const SEED_EMAIL_DOMAIN = 'seed.marquee.test'

/** The profile's power user (a shopper following `powerFollows` creators); its presence marks the profile as seeded. */
export const powerUserEmail = (profile: BulkProfile) => `${profile}.power@${SEED_EMAIL_DOMAIN}`

/** Slug prefix of the profile's categories; its products are those in these categories. */
export const categorySlugPrefix = (profile: BulkProfile) => `seed-${profile}-`
