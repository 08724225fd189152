import env from '#start/env'

/** Feature flags, read through FeatureFlags (app/services/identity/feature_flags.ts). */
const features = {
  registration: env.get('ENABLE_REGISTRATION', true),
  recommendations: env.get('ENABLE_RECOMMENDATIONS', true),
}

export default features
