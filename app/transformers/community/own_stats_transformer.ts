import { BaseTransformer } from '@adonisjs/core/transformers'
import type SkillPlan from '#models/skill_plan'
import type { OwnStats } from '#services/community/profile_service'

/** A member's own figures: totals over all their plans and one page of per-plan figures. */
export default class OwnStatsTransformer extends BaseTransformer<{
  stats: OwnStats
  plans: SkillPlan[]
}> {
  toObject() {
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
        createdAt: p.createdAt.toISO(),
      })),
    }
  }
}
