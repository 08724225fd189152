import { EventEmitter } from 'node:events'
import type { ApplicationService } from '@adonisjs/core/types'
import type cacheConfig from '#config/cache'

/**
 * Builds the cache manager as @adonisjs/cache's provider does (which stays
 * registered, for its REPL and Edge bindings), but with a plain Node emitter
 * of its own instead of the app's. Bentocache emits an event for every lookup,
 * tag check included (a cached read with two tags emits three), and through
 * the app emitter each one is an async emittery dispatch: about a tenth of a
 * cached read's time, for events nothing in the app listens to. `cache.on()`
 * still works; the events just do not reach `emitter.on()`.
 */
export default class CacheProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    const config = this.app.config.get<typeof cacheConfig>('cache')
    this.app.container.singleton('cache.manager', async () => {
      const { BentoCache } = await import('bentocache')
      const stores = await Promise.all(
        Object.entries(config.stores).map(
          async ([name, store]) => [name, await store.entry().resolver(this.app)] as const
        )
      )
      return new BentoCache({
        ...config,
        emitter: new EventEmitter(),
        stores: Object.fromEntries(stores),
      })
    })
  }
}
