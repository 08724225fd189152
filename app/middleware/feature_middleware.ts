import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import FeatureFlags, { type Feature } from '#services/identity/feature_flags'

/**
 * Closes a route while its feature flag is off (403 `E_FEATURE_DISABLED`),
 * before the body is validated: a disabled feature is the answer whatever
 * was sent.
 */
export default class FeatureMiddleware {
  async handle(_ctx: HttpContext, next: NextFn, options: { feature: Feature }) {
    FeatureFlags.ensure(options.feature)
    return next()
  }
}
