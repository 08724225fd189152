import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import CacheService, { cacheWarmerNames, warmCaches } from '#platform/cache/cache_service'
import HealthService from '#platform/health/health_service'
import type { Infer } from '#platform/openapi/schema'
import type {
  cacheHealthSchema,
  cacheStatsSchema,
} from '#transformers/operations/admin_ops_schemas'

/** Tags that hold one user's cached reads (profile, cart total, unread count). */
/** The cache tags of one user's entries (profile, cart, notifications). */
export const userTags = (userId: number) => [
  `profile:${userId}`,
  `cart:${userId}`,
  `notifications:${userId}`,
]

/** Cache operations for admins; every write is audited. */
@inject()
export default class CacheAdminService {
  constructor(
    private cache: CacheService,
    private audit: AuditService,
    private health: HealthService
  ) {}

  stats(): Promise<Infer<typeof cacheStatsSchema>> {
    return this.cache.stats()
  }

  async warm(admin: User, only: string[] | undefined, ctx?: HttpContext) {
    const known = cacheWarmerNames()
    const unknown = (only ?? []).filter((name) => !known.includes(name))
    if (unknown.length)
      throw AppException.invalid(
        'only',
        `Unknown warmers: ${unknown.join(', ')} (known: ${known.join(', ')})`
      )
    const result = await warmCaches(app.container.createResolver(), only)
    await this.audit.record(
      admin,
      { action: 'cache.warm', targetType: 'cache', targetId: 'all', details: result },
      undefined,
      ctx
    )
    return result
  }

  async clear(admin: User, tags: string[] | undefined, ctx?: HttpContext) {
    if (tags?.length) await this.cache.invalidateTags(tags)
    else await this.cache.clear()
    await this.audit.record(
      admin,
      {
        action: 'cache.clear',
        targetType: 'cache',
        targetId: tags?.length ? 'tags' : 'all',
        details: { tags: tags ?? [] },
      },
      undefined,
      ctx
    )
    return { cleared: tags?.length ? tags : 'all' }
  }

  async invalidateUser(admin: User, userId: number, ctx?: HttpContext) {
    const tags = userTags(userId)
    await this.cache.invalidateTags(tags)
    await this.audit.record(
      admin,
      { action: 'cache.invalidate_user', targetType: 'user', targetId: userId, details: { tags } },
      undefined,
      ctx
    )
    return { userId, tags }
  }

  async healthCheck(): Promise<Infer<typeof cacheHealthSchema>> {
    const stats = await this.cache.stats()
    let redis: { status: 'up' | 'down'; latencyMs?: number; error?: string }
    try {
      const check = await this.health.redis()
      redis = { status: 'up', latencyMs: check.latencyMs }
    } catch (error) {
      redis = { status: 'down', error: (error as Error).message }
    }
    return { l1: 'memory', l2: redis, scope: stats.scope, hitRatio: stats.totals.hitRatio }
  }
}
