/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/community_social.ts references them).
 */
import { ACTIVITY_VERBS } from '#models/activity'
import { ROLES } from '#models/user'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'

export const member = { id: integer(), fullName: string(), role: oneOf(ROLES) }

export const communitySocialSchemas = {
  Member: object(member, {
    followedAt: { ...dateTime(), description: 'In followers / following lists' },
    followersCount: integer({ minimum: 0, description: 'In search results' }),
  }),
  FollowStatus: object({
    userId: integer(),
    following: boolean({ description: 'You follow them' }),
    followedBy: boolean({ description: 'They follow you' }),
    mutual: boolean(),
    followersCount: integer({ minimum: 0 }),
    followingCount: integer({ minimum: 0 }),
  }),
  FollowSuggestion: object({
    user: object(member),
    score: number({
      description:
        '3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount)',
    }),
    reasons: array(
      oneOf(['followed_by_people_you_follow', 'creates_in_your_categories', 'popular'])
    ),
    mutualFollows: integer({ minimum: 0, description: 'People you follow who follow them' }),
    plansInYourCategories: integer({
      minimum: 0,
      description: 'Their listed plans in categories of plans you liked',
    }),
    followersCount: integer({ minimum: 0 }),
  }),
  ProfileStats: object({
    plans: integer({ minimum: 0, description: 'Listed plans' }),
    likesReceived: integer({ minimum: 0 }),
    downloads: integer({ minimum: 0 }),
    followers: integer({ minimum: 0 }),
    following: integer({ minimum: 0 }),
  }),
  Profile: object({
    ...member,
    email: nullable(
      string({ description: 'Null unless the member shows it (always for the member and admins)' })
    ),
    joinedAt: dateTime(),
    profileVisibility: oneOf(['public', 'followers', 'private']),
    stats: nullable(ref('ProfileStats')),
    following: boolean({ description: 'You follow them' }),
    followedBy: boolean({ description: 'They follow you' }),
  }),
  OwnStats: object({
    totals: object({
      plans: object({
        total: integer(),
        listed: integer(),
        unlisted: integer(),
        hidden: integer(),
      }),
      likesReceived: integer({ minimum: 0 }),
      downloads: integer({ minimum: 0 }),
      comments: integer({ minimum: 0 }),
      ratings: object({
        count: integer({ minimum: 0 }),
        average: nullable(number({ minimum: 1, maximum: 5 })),
      }),
      followers: integer({ minimum: 0 }),
      following: integer({ minimum: 0 }),
    }),
    plans: array(
      object({
        id: integer(),
        title: string(),
        category: string(),
        visibility: oneOf(['public', 'unlisted']),
        hidden: boolean(),
        likes: integer({ minimum: 0 }),
        downloads: integer({ minimum: 0 }),
        comments: integer({ minimum: 0 }),
        ratingsCount: integer({ minimum: 0 }),
        averageRating: nullable(number()),
        trendingScore: number({ minimum: 0 }),
        createdAt: dateTime(),
      })
    ),
  }),
  BlockedMember: object({ ...member, blockedAt: dateTime() }),
  LeaderboardEntry: object({
    rank: integer({ minimum: 1 }),
    user: object(member),
    score: integer({
      description: 'likesReceived × 3 + downloads × 2 + followers × 5 + plans × 10',
    }),
    likesReceived: integer({ minimum: 0 }),
    downloads: integer({ minimum: 0 }),
    followers: integer({ minimum: 0 }),
    plans: integer({ minimum: 0 }),
  }),
  PlanCategory: object({
    name: string(),
    plans: integer({ minimum: 1, description: 'Listed plans in it' }),
  }),
  PlanRecommendation: object({
    plan: ref('SkillPlan'),
    score: number({
      description: '3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads)',
    }),
    reasons: array(oneOf(['from_people_you_follow', 'in_categories_you_like', 'popular'])),
  }),
  Activity: object({
    id: integer(),
    verb: oneOf(ACTIVITY_VERBS),
    actor: object(member),
    subject: object({ type: oneOf(['plan', 'comment', 'user', 'custom_task']), id: integer() }),
    plan: nullable(object({ id: integer(), title: string(), category: string() })),
    data: { type: 'object', description: 'Verb-specific details (e.g. `score` of a rating)' },
    createdAt: dateTime(),
  }),
}
