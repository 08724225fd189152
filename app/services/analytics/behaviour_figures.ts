import type { DateTime } from 'luxon'
import { bucketOf, bucketsBetween, type Bucket } from '#services/analytics/date_buckets'
import { FEATURE_OF_EVENT, FEATURE_OF_VERB } from '#services/analytics/behaviour_features'
import type { SignUp, Usage } from '#services/analytics/member_activity'
import type { ActivityVerb } from '#models/activity'
import type { EventType } from '#models/analytics_event'

/** Days of the rolling windows: WAU counts the 7 days ending on a day, MAU the 30. */
export const WEEK_DAYS = 7
export const MONTH_DAYS = 30

/** `part` of `whole` in percent, one decimal; null when `whole` is 0. */
export const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 1000) / 10 : null

const DAY_MS = 86_400_000

/**
 * Days since the epoch of a UTC day (YYYY-MM-DD), and its bucket: plain
 * arithmetic and a per-call cache, since a period holds a few hundred distinct
 * days but its rows name them hundreds of thousands of times (Luxon per row
 * took seconds).
 */
function dayIndex() {
  const numbers = new Map<string, number>()
  const buckets = new Map<string, string>()
  return {
    number(day: string) {
      let value = numbers.get(day)
      if (value === undefined) numbers.set(day, (value = Date.parse(`${day}T00:00:00Z`) / DAY_MS))
      return value
    },
    bucket(day: string, bucket: Bucket) {
      const key = `${bucket}:${day}`
      let value = buckets.get(key)
      if (value === undefined) buckets.set(key, (value = bucketOf(day, bucket)))
      return value
    },
  }
}

/** Members grouped by the bucket of their sign-up day. */
function byBucket(members: SignUp[], bucket: Bucket) {
  const days = dayIndex()
  const groups = new Map<string, SignUp[]>()
  for (const member of members) {
    const key = days.bucket(member.day, bucket)
    const group = groups.get(key)
    if (group) group.push(member)
    else groups.set(key, [member])
  }
  return groups
}

export interface ActivePoint {
  day: string
  dau: number
  wau: number
  mau: number
}

/**
 * DAU, WAU and MAU of every day of [from, to]: members active that day, in the
 * 7 days, and in the 30 days ending on it. `days` must hold each member's
 * active days from 29 days before `from`. Each member adds one to every day a
 * window of theirs covers, counted once where windows overlap (difference
 * arrays over the days), so the work grows with active member-days.
 */
export function activeSeries(active: Map<number, Set<string>>, from: DateTime, to: DateTime) {
  const base = from.minus({ days: MONTH_DAYS - 1 })
  const days = dayIndex()
  const start = days.number(base.toISODate()!)
  const length = days.number(to.toISODate()!) - start + 1
  const daily = new Array<number>(length).fill(0)
  const weekly = new Array<number>(length + MONTH_DAYS).fill(0)
  const monthly = new Array<number>(length + MONTH_DAYS).fill(0)
  const cover = (diff: number[], first: number, last: number) => {
    diff[first]++
    diff[last + 1]--
  }
  for (const memberDays of active.values()) {
    let weekEnd = -1
    let monthEnd = -1
    for (const index of [...memberDays]
      .map((day) => days.number(day) - start)
      .sort((a, b) => a - b)) {
      if (index < 0 || index >= length) continue
      daily[index]++
      cover(weekly, Math.max(index, weekEnd + 1), index + WEEK_DAYS - 1)
      weekEnd = index + WEEK_DAYS - 1
      cover(monthly, Math.max(index, monthEnd + 1), index + MONTH_DAYS - 1)
      monthEnd = index + MONTH_DAYS - 1
    }
  }
  const series: ActivePoint[] = []
  let wau = 0
  let mau = 0
  for (let index = 0; index < length; index++) {
    wau += weekly[index]
    mau += monthly[index]
    if (index >= MONTH_DAYS - 1)
      series.push({ day: base.plus({ days: index }).toISODate()!, dau: daily[index], wau, mau })
  }
  return series
}

export interface FunnelFigures {
  signedUp: number
  firstPlan: number
  firstLike: number
  planRate: number | null
  likeRate: number | null
  overallRate: number | null
}

const funnelFigures = (members: SignUp[]): FunnelFigures => {
  const signedUp = members.length
  const firstPlan = members.filter((m) => m.planned).length
  const firstLike = members.filter((m) => m.planned && m.liked).length
  return {
    signedUp,
    firstPlan,
    firstLike,
    planRate: percent(firstPlan, signedUp),
    likeRate: percent(firstLike, firstPlan),
    overallRate: percent(firstLike, signedUp),
  }
}

/** The sign-up → first plan → first like funnel per sign-up bucket of [from, to], zero-filled, and over the whole period. */
export function funnel(members: SignUp[], from: DateTime, to: DateTime, bucket: Bucket) {
  const groups = byBucket(members, bucket)
  const cohorts = bucketsBetween(from, to, bucket).map((cohort) => ({
    cohort,
    ...funnelFigures(groups.get(cohort) ?? []),
  }))
  return { cohorts, total: funnelFigures(members) }
}

export interface RetentionCohort {
  cohort: string
  size: number
  weeks: { week: number; active: number; percent: number | null }[]
}

/**
 * Weekly retention: members who signed up in [from, to] by the ISO week
 * (Monday) of their sign-up; for each week since (week 0 is the sign-up
 * week) up to the week of `to`, how many of them were active in it.
 */
export function retention(
  members: SignUp[],
  active: Map<number, Set<string>>,
  from: DateTime,
  to: DateTime
): RetentionCohort[] {
  const days = dayIndex()
  const groups = byBucket(members, 'week')
  const last = days.number(bucketOf(to.toISODate()!, 'week'))
  return bucketsBetween(from, to, 'week').map((cohort) => {
    const start = days.number(cohort)
    const cohortMembers = groups.get(cohort) ?? []
    const activeWeeks = cohortMembers.map(
      (m) =>
        new Set(
          [...(active.get(m.member) ?? [])].map((day) =>
            Math.floor((days.number(day) - start) / WEEK_DAYS)
          )
        )
    )
    const count = (last - start) / WEEK_DAYS + 1
    return {
      cohort,
      size: cohortMembers.length,
      weeks: Array.from({ length: count }, (_, week) => {
        const activeCount = activeWeeks.filter((weeks) => weeks.has(week)).length
        return { week, active: activeCount, percent: percent(activeCount, cohortMembers.length) }
      }),
    }
  })
}

export interface FeatureUse {
  feature: string
  uses: number
  members: number
}

/** Features by uses (then by members, then name), those used at least once. */
export function featureRanking(rows: Usage[]): FeatureUse[] {
  const totals = new Map<string, { uses: number; members: Set<number> }>()
  for (const row of rows) {
    const feature =
      row.source === 'event'
        ? FEATURE_OF_EVENT[row.kind as EventType]
        : FEATURE_OF_VERB[row.kind as ActivityVerb]
    if (!feature) continue
    const total = totals.get(feature) ?? { uses: 0, members: new Set<number>() }
    total.uses += row.uses
    total.members.add(row.member)
    totals.set(feature, total)
  }
  return [...totals]
    .map(([feature, { uses, members }]) => ({ feature, uses, members: members.size }))
    .sort((a, b) => b.uses - a.uses || b.members - a.members || a.feature.localeCompare(b.feature))
}
