import type { HttpContext } from '@adonisjs/core/http'
import FeatureFlags from '#services/identity/feature_flags'

export default class FeaturesController {
  /** Public: which optional features are on, so clients can hide what is off. */
  async index(ctx: HttpContext) {
    return ctx.serialize(FeatureFlags.all())
  }
}
