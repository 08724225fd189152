import db from '@adonisjs/lucid/services/db'
import type { Infer } from '#platform/openapi/schema'
import type { moderationStatsSchema } from '#transformers/moderation/moderation_schemas'

/** Queue figures for admins: open reports by type and reason, resolution times, actions taken. */
export default class ModerationStats {
  async summary(): Promise<Infer<typeof moderationStatsSchema>> {
    const open = await db
      .from('reports')
      .whereIn('status', ['open', 'claimed'])
      .select('target_type', 'reason')
      .count('* as total')
      .groupBy('target_type', 'reason')
    const byType: Record<string, number> = {}
    const byReason: Record<string, number> = {}
    for (const row of open) {
      byType[row.target_type] = (byType[row.target_type] ?? 0) + Number(row.total)
      byReason[row.reason] = (byReason[row.reason] ?? 0) + Number(row.total)
    }
    const actions = await db
      .from('reports')
      .where('status', 'resolved')
      .select('action')
      .count('* as total')
      .groupBy('action')
    const dismissed = await db
      .from('reports')
      .where('status', 'dismissed')
      .count('* as total')
      .first()
    const closed = await db
      .from('reports')
      .whereIn('status', ['resolved', 'dismissed'])
      .whereNotNull('resolved_at')
      .select('created_at', 'resolved_at')
    return {
      open: { total: Object.values(byType).reduce((a, b) => a + b, 0), byType, byReason },
      actions: {
        ...Object.fromEntries(actions.map((r) => [r.action, Number(r.total)])),
        dismissed: Number(dismissed?.total ?? 0),
      },
      medianResolutionMinutes: median(
        closed.map((r) => (toMs(r.resolved_at) - toMs(r.created_at)) / 60_000)
      ),
    }
  }
}

function toMs(value: Date | string) {
  return value instanceof Date
    ? value.getTime()
    : Date.parse(
        String(value).replace(' ', 'T') +
          (String(value).includes('+') || String(value).endsWith('Z') ? '' : 'Z')
      )
}

function median(values: number[]) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 100) / 100
}
