import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import SkillPlan from '#models/skill_plan'
import type User from '#models/user'
import FollowService, { profileTag } from '#services/community/follow_service'
import { listedPlans } from '#services/community/visibility'
import CacheService from '#platform/cache/cache_service'

/** What a public profile shows of a member's activity: listed plans only. */
export interface PublicStats {
  plans: number
  likesReceived: number
  downloads: number
  followers: number
  following: number
}

export interface OwnStats {
  /** total = listed (public) + unlisted + hidden (by moderation, whatever their visibility). */
  plans: { total: number; listed: number; unlisted: number; hidden: number }
  likesReceived: number
  downloads: number
  comments: number
  ratings: { count: number; average: number | null }
  followers: number
  following: number
}

const sum = (value: unknown) => Number(value ?? 0)

/**
 * Member profiles. The public figures are cached per member (family
 * `profiles`, tag `profile:<id>`, dropped on follow changes and by
 * moderation); who may see them, and which of them, is decided on every
 * request from the live account and privacy settings.
 */
@inject()
export default class ProfileService {
  constructor(
    private cache: CacheService,
    private follows: FollowService
  ) {}

  async profile(viewer: User, target: User) {
    const own = viewer.id === target.id || viewer.isAdmin
    const privacy = target.privacySettings
    const { value: stats, computedAt } = await this.publicStats(target.id)
    const relation =
      viewer.id === target.id ? null : await this.follows.relation(viewer.id, target.id)
    return {
      user: target,
      stats: own || privacy.showStats ? stats : null,
      email: own || privacy.showEmail ? target.email : null,
      following: relation?.following ?? false,
      followedBy: relation?.followedBy ?? false,
      computedAt,
    }
  }

  publicStats(userId: number) {
    return this.cache.remember(
      'profiles',
      `stats:${userId}`,
      async (): Promise<PublicStats> => {
        const [plans] = await listedPlans()
          .where('skill_plans.owner_id', userId)
          .count('* as plans')
          .sum('skill_plans.likes_count as likes')
          .sum('skill_plans.downloads_count as downloads')
          .pojo<Record<string, unknown>>()
        const { followersCount, followingCount } = await this.follows.counts(userId)
        return {
          plans: sum(plans?.plans),
          likesReceived: sum(plans?.likes),
          downloads: sum(plans?.downloads),
          followers: followersCount,
          following: followingCount,
        }
      },
      { tags: [profileTag(userId)] }
    )
  }

  /** The member's own figures, fresh: totals over all their plans, and a page of per-plan figures (newest first). */
  async ownStats(user: User, page = 1, perPage = 20) {
    const [totals] = await db
      .from('skill_plans')
      .where('owner_id', user.id)
      .select(
        db.raw('count(*) as total'),
        db.raw(
          "sum(case when visibility = 'public' and hidden_at is null then 1 else 0 end) as listed"
        ),
        db.raw(
          "sum(case when visibility = 'unlisted' and hidden_at is null then 1 else 0 end) as unlisted"
        ),
        db.raw('sum(case when hidden_at is not null then 1 else 0 end) as hidden'),
        db.raw('sum(likes_count) as likes'),
        db.raw('sum(downloads_count) as downloads'),
        db.raw('sum(comments_count) as comments'),
        db.raw('sum(ratings_count) as ratings'),
        db.raw('sum(ratings_sum) as ratings_sum')
      )
    const ratings = sum(totals.ratings)
    const { followersCount, followingCount } = await this.follows.counts(user.id)
    const stats: OwnStats = {
      plans: {
        total: sum(totals.total),
        listed: sum(totals.listed),
        unlisted: sum(totals.unlisted),
        hidden: sum(totals.hidden),
      },
      likesReceived: sum(totals.likes),
      downloads: sum(totals.downloads),
      comments: sum(totals.comments),
      ratings: {
        count: ratings,
        average: ratings ? Math.round((sum(totals.ratings_sum) / ratings) * 100) / 100 : null,
      },
      followers: followersCount,
      following: followingCount,
    }
    const plans = await SkillPlan.query()
      .where('owner_id', user.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
    return { stats, plans }
  }
}
