import type { ReportReason } from '#models/report'

const REASON_WEIGHT: Record<ReportReason, number> = {
  fraud: 40,
  abuse: 35,
  inappropriate: 25,
  spam: 15,
  other: 10,
}

export interface PriorityInput {
  reason: ReportReason
  /** 0–100; auto-moderation reports count as 60. */
  credibility: number
  distinctReporters: number
  reach: number
}

/**
 * Queue order (higher first):
 *   reason weight (fraud 40 … other 10)
 *   + 20·log2(distinct reporters)       — a crowd outranks one voice
 *   + credibility / 5                   — trusted reporters (0–20)
 *   + 5·log10(reach + 1)                — content seen by many
 */
export function priorityScore({ reason, credibility, distinctReporters, reach }: PriorityInput) {
  const score =
    REASON_WEIGHT[reason] +
    20 * Math.log2(Math.max(1, distinctReporters)) +
    credibility / 5 +
    5 * Math.log10(Math.max(0, reach) + 1)
  return Math.round(score * 100) / 100
}
