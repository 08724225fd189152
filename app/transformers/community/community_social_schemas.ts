/**
 * The named OpenAPI components of the social responses (app/openapi/community_social.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { activitySchema } from '#transformers/community/activity_transformer'
import { blockedMemberSchema } from '#transformers/community/blocked_member_transformer'
import { followStatusSchema } from '#transformers/community/follow_status_transformer'
import { followSuggestionSchema } from '#transformers/community/follow_suggestion_transformer'
import { leaderboardEntrySchema } from '#transformers/community/leaderboard_entry_transformer'
import { memberSchema } from '#transformers/community/member_transformer'
import { ownStatsSchema } from '#transformers/community/own_stats_transformer'
import { planCategorySchema } from '#transformers/community/plan_category_transformer'
import { planRecommendationSchema } from '#transformers/community/plan_recommendation_transformer'
import { profileSchema, profileStatsSchema } from '#transformers/community/profile_transformer'

export const communitySocialSchemas = {
  Member: memberSchema,
  FollowStatus: followStatusSchema,
  FollowSuggestion: followSuggestionSchema,
  ProfileStats: profileStatsSchema,
  Profile: profileSchema,
  OwnStats: ownStatsSchema,
  BlockedMember: blockedMemberSchema,
  LeaderboardEntry: leaderboardEntrySchema,
  PlanCategory: planCategorySchema,
  PlanRecommendation: planRecommendationSchema,
  Activity: activitySchema,
}
