import { BaseTransformer } from '@adonisjs/core/transformers'
import type SkillPlan from '#models/skill_plan'
import { PLAN_VISIBILITIES } from '#models/skill_plan'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import type { OwnStats } from '#services/community/profile_service'
import { iso } from '#transformers/support'

export const ownStatsSchema = object({
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
      visibility: oneOf(PLAN_VISIBILITIES),
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
})

/** A member's own figures: totals over all their plans and one page of per-plan figures. */
export default class OwnStatsTransformer extends BaseTransformer<{
  stats: OwnStats
  plans: SkillPlan[]
}> {
  toObject(): Infer<typeof ownStatsSchema> {
    const { stats, plans } = this.resource
    return {
      totals: stats,
      plans: plans.map((p) => ({
        id: p.id,
        title: p.title,
        category: p.category,
        visibility: p.visibility,
        hidden: Boolean(p.hiddenAt),
        likes: p.likesCount,
        downloads: p.downloadsCount,
        comments: p.commentsCount,
        ratingsCount: p.ratingsCount,
        averageRating: p.averageRating,
        trendingScore: Math.round(p.trendingScore * 1000) / 1000,
        createdAt: iso(p.createdAt),
      })),
    }
  }
}
