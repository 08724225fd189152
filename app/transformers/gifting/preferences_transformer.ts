import { BaseTransformer } from '@adonisjs/core/transformers'
import type { Preferences } from '#services/gifting/preference_service'

export default class PreferencesTransformer extends BaseTransformer<Preferences> {
  toObject() {
    const p = this.resource
    return {
      sessionId: p.sessionId,
      swipes: p.swipes,
      categories: p.categories.map((c) => ({
        id: c.id,
        name: c.name,
        path: c.path,
        liked: c.liked,
        superliked: c.superliked,
        disliked: c.disliked,
      })),
      priceBand: p.priceBand,
      tags: p.tags,
    }
  }
}
