import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import type SkillPlan from '#models/skill_plan'
import AnalyticsRollupService from '#services/analytics/analytics_rollup_service'
import { bucketsBetween, countPerDay } from '#services/analytics/date_buckets'
import { sqlTime } from '#platform/db/time'

/** Plan event types in the figures, by the name they answer under. */
const EVENT_FIGURES = {
  views: 'plan.view',
  shares: 'plan.share',
  starts: 'plan.start',
  tasksCompleted: 'plan.task_complete',
} as const
const INTERACTIONS = ['likes', 'downloads', 'ratings', 'comments'] as const

type Figures = Record<
  keyof typeof EVENT_FIGURES | (typeof INTERACTIONS)[number] | 'uniqueViewers',
  number
>

/**
 * A plan's figures for its owner, per UTC day over a range. Views and other
 * tracked events come from the daily roll-up (analytics aggregation, every
 * 10 minutes: `meta.aggregatedAt` says how fresh); likes, downloads, ratings
 * and comments (visible ones, not the owner's) are counted live. The range's
 * unique viewers are distinct users over the whole range (not a sum of days).
 */
@inject()
export default class PlanAnalyticsService {
  constructor(private rollup: AnalyticsRollupService) {}

  async forPlan(plan: SkillPlan, from: DateTime, to: DateTime) {
    const state = await this.rollup.state()
    const days = bucketsBetween(from, to, 'day')
    const perDay = new Map<string, Figures>(days.map((day) => [day, zeros()]))

    const rolled = await db
      .from('analytics_daily')
      .where({ subject_type: 'plan', subject_id: plan.id })
      .whereIn('type', Object.values(EVENT_FIGURES))
      .whereBetween('day', [days[0], days[days.length - 1]])
    for (const row of rolled) {
      const figures = perDay.get(String(row.day))!
      const name = (Object.keys(EVENT_FIGURES) as (keyof typeof EVENT_FIGURES)[]).find(
        (key) => EVENT_FIGURES[key] === row.type
      )!
      figures[name] = Number(row.events)
      if (name === 'views') figures.uniqueViewers = Number(row.unique_users)
    }

    const ofPlan = (q: any) => q.where('plan_id', plan.id)
    const live = {
      likes: await countPerDay('plan_likes', 'created_at', from, to, { filter: ofPlan }),
      downloads: await countPerDay('plan_downloads', 'created_at', from, to, { filter: ofPlan }),
      ratings: await countPerDay('plan_ratings', 'created_at', from, to, { filter: ofPlan }),
      comments: await countPerDay('comments', 'created_at', from, to, {
        filter: (q) =>
          ofPlan(q)
            .whereNull('deleted_at')
            .whereNull('hidden_at')
            .whereNot('user_id', plan.ownerId),
      }),
    }
    for (const name of INTERACTIONS) {
      for (const [day, count] of live[name]) perDay.get(day)![name] = count
    }

    const series = days.map((day) => ({ day, ...perDay.get(day)! }))
    const totals = zeros()
    for (const entry of series)
      for (const key of Object.keys(totals) as (keyof Figures)[]) totals[key] += entry[key]
    totals.uniqueViewers = await this.uniqueViewers(plan.id, from, to, state?.lastEventId ?? 0)
    return {
      planId: plan.id,
      totals: { ...totals, averageRating: plan.averageRating },
      series,
      aggregatedAt: state?.rolledAt ?? null,
    }
  }

  /** Distinct viewers over the range, among the events rolled up so far (so totals and days agree). */
  private async uniqueViewers(planId: number, from: DateTime, to: DateTime, throughId: number) {
    const row = await db
      .from('analytics_events')
      .where({ subject_type: 'plan', subject_id: planId, type: 'plan.view' })
      .where('id', '<=', throughId)
      .where('created_at', '>=', sqlTime(from.startOf('day')))
      .where('created_at', '<', sqlTime(to.startOf('day').plus({ days: 1 })))
      .countDistinct('user_id as total')
      .first()
    return Number(row?.total ?? 0)
  }
}

function zeros(): Figures {
  return {
    views: 0,
    uniqueViewers: 0,
    shares: 0,
    starts: 0,
    tasksCompleted: 0,
    likes: 0,
    downloads: 0,
    ratings: 0,
    comments: 0,
  }
}
