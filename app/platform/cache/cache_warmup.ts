import type { ContainerResolver } from '@adonisjs/core/container'
import type { ContainerBindings } from '@adonisjs/core/types'

/** Precomputes one family of hot cached reads (calls the service methods that cache them). */
export type CacheWarmer = (resolver: ContainerResolver<ContainerBindings>) => Promise<unknown>

/**
 * The cache warmers, by name. The app hands its list over at boot
 * (start/registries.ts registers app/services/operations/cache_warmers.ts),
 * so the warm-up never imports domain code.
 */
const warmers = new Map<string, CacheWarmer>()

/** Adds warmers (a name registered again is replaced). */
export function registerCacheWarmers(list: Record<string, CacheWarmer>) {
  for (const [name, warm] of Object.entries(list)) warmers.set(name, warm)
}

export const cacheWarmerNames = () => [...warmers.keys()]

/** Runs every warmer (or those named in `only`); a failing warmer is reported, the others still run. */
export async function warmCaches(resolver: ContainerResolver<ContainerBindings>, only?: string[]) {
  const warmed: string[] = []
  const failed: Record<string, string> = {}
  for (const [name, warm] of warmers) {
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
