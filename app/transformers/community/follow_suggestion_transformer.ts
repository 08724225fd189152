import { BaseTransformer } from '@adonisjs/core/transformers'
import type { FollowSuggestion } from '#services/community/follow_suggestion_service'

export default class FollowSuggestionTransformer extends BaseTransformer<FollowSuggestion> {
  toObject() {
    const s = this.resource
    return {
      user: { id: s.user.id, fullName: s.user.fullName, role: s.user.role },
      score: s.score,
      reasons: s.reasons,
      mutualFollows: s.mutualFollows,
      plansInYourCategories: s.plansInYourCategories,
      followersCount: s.followersCount,
    }
  }
}
