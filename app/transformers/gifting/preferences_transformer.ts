import { BaseTransformer } from '@adonisjs/core/transformers'
import { array, integer, nullable, object, string, type Infer } from '#platform/openapi/schema'
import type { Preferences } from '#services/gifting/preference_service'

export const tagCounts = () => array(object({ tag: string(), count: integer({ minimum: 1 }) }))
export const swipeCounts = () =>
  object({ total: integer(), likes: integer(), superlikes: integer(), dislikes: integer() })
export const priceBand = () =>
  nullable(object({ min: integer(), median: integer(), max: integer() }))
export const likedCategory = (pathKeywords = {}) =>
  object({
    id: integer(),
    name: string(),
    path: string(pathKeywords),
    liked: integer({ description: 'Likes and super-likes' }),
    superliked: integer(),
    disliked: integer(),
  })

export const preferencesSchema = object({
  sessionId: integer(),
  swipes: swipeCounts(),
  categories: array(likedCategory({ examples: ['/1/4/'] }), {
    description: 'Categories of liked products, most liked first',
  }),
  priceBand: priceBand(),
  tags: object({ liked: tagCounts(), disliked: tagCounts() }),
})

export default class PreferencesTransformer extends BaseTransformer<Preferences> {
  toObject(): Infer<typeof preferencesSchema> {
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
