import { BaseTransformer } from '@adonisjs/core/transformers'
import { array, integer, number, object, oneOf, type Infer } from '#platform/openapi/schema'
import type { FollowSuggestion } from '#services/community/follow_suggestion_service'
import { planAuthor, planAuthorSchema } from '#transformers/community/plan_author'

export const followSuggestionSchema = object({
  user: planAuthorSchema,
  score: number({
    description: '3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount)',
  }),
  reasons: array(oneOf(['followed_by_people_you_follow', 'creates_in_your_categories', 'popular'])),
  mutualFollows: integer({ minimum: 0, description: 'People you follow who follow them' }),
  plansInYourCategories: integer({
    minimum: 0,
    description: 'Their listed plans in categories of plans you liked',
  }),
  followersCount: integer({ minimum: 0 }),
})

export default class FollowSuggestionTransformer extends BaseTransformer<FollowSuggestion> {
  toObject(): Infer<typeof followSuggestionSchema> {
    const s = this.resource
    return {
      user: planAuthor(s.user),
      score: s.score,
      reasons: s.reasons,
      mutualFollows: s.mutualFollows,
      plansInYourCategories: s.plansInYourCategories,
      followersCount: s.followersCount,
    }
  }
}
