import config from '@adonisjs/core/services/config'
import AppException from '#exceptions/app_exception'

export type Feature = 'registration' | 'recommendations'

const ENV_NAMES: Record<Feature, string> = {
  registration: 'ENABLE_REGISTRATION',
  recommendations: 'ENABLE_RECOMMENDATIONS',
}

/** Feature flags from config/features.ts (env ENABLE_*). */
export default class FeatureFlags {
  static enabled(feature: Feature): boolean {
    return config.get<boolean>(`features.${feature}`, true) !== false
  }

  static ensure(feature: Feature) {
    if (!this.enabled(feature)) {
      throw AppException.forbidden(
        'E_FEATURE_DISABLED',
        `${feature} is disabled on this platform (${ENV_NAMES[feature]}=false)`
      )
    }
  }

  static all(): Record<Feature, boolean> {
    return {
      registration: this.enabled('registration'),
      recommendations: this.enabled('recommendations'),
    }
  }
}
