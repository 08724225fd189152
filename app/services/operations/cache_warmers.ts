import type { CacheWarmer } from '#platform/cache/cache_service'
import InfluencerDirectoryService from '#services/identity/influencer_directory_service'
import DashboardService from '#services/analytics/dashboard_service'
import TrendingService from '#services/community/trending_service'
import LeaderboardService from '#services/community/leaderboard_service'
import ProfileService from '#services/community/profile_service'
import ProductService from '#services/commerce/product_service'

/**
 * Precomputes the hot cached reads, so the first caller after an expiry gets
 * a hit. Modules add their warmers here (name → what to precompute);
 * start/registries.ts hands the list to the platform's cache warm-up
 * (`warmCaches` of #platform/cache/cache_service).
 */
export const cacheWarmers: Record<string, CacheWarmer> = {
  dashboard: async (resolver) => {
    const dashboard = await resolver.make(DashboardService)
    return Promise.all([
      dashboard.stats(),
      dashboard.campaignDistribution(),
      dashboard.adRequestStatus(),
    ])
  },
  influencerDirectory: async (resolver) => {
    const directory = await resolver.make(InfluencerDirectoryService)
    return directory.search({})
  },
  trending: async (resolver) => {
    const [trending, leaderboard] = await Promise.all([
      resolver.make(TrendingService),
      resolver.make(LeaderboardService),
    ])
    return Promise.all([trending.page(), leaderboard.page()])
  },
  /** The profile figures of the members on the first leaderboard page. */
  popularProfiles: async (resolver) => {
    const [leaderboard, profiles] = await Promise.all([
      resolver.make(LeaderboardService),
      resolver.make(ProfileService),
    ])
    const { data } = await leaderboard.page()
    return Promise.all(data.map((entry) => profiles.publicStats(entry.user.id)))
  },
  /** The first product page and the featured products, as shoppers first open them. */
  catalogue: async (resolver) => {
    const products = await resolver.make(ProductService)
    return Promise.all([products.list({}), products.featured({})])
  },
}
