import type { ContainerResolver } from '@adonisjs/core/container'
import InfluencerDirectoryService from '#services/identity/influencer_directory_service'
import DashboardService from '#services/analytics/dashboard_service'

/**
 * Precomputes the hot cached reads, so the first caller after an expiry gets
 * a hit. Modules add their warmers here (name → what to precompute).
 */
export const cacheWarmers: Record<string, (resolver: ContainerResolver<any>) => Promise<unknown>> = {
  dashboard: async (resolver) => {
    const dashboard = await resolver.make(DashboardService)
    return Promise.all([dashboard.stats(), dashboard.campaignDistribution(), dashboard.adRequestStatus()])
  },
  influencerDirectory: async (resolver) => {
    const directory = await resolver.make(InfluencerDirectoryService)
    return directory.search({})
  },
}

export async function warmCaches(resolver: ContainerResolver<any>, only?: string[]) {
  const warmed: string[] = []
  const failed: Record<string, string> = {}
  for (const [name, warm] of Object.entries(cacheWarmers)) {
    if (only && !only.includes(name)) continue
    try {
      await warm(resolver)
      warmed.push(name)
    } catch (error) {
      failed[name] = (error as Error).message
    }
  }
  return { warmed, failed }
}
