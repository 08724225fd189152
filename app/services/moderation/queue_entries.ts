import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Report, { type ReportReason, type TargetType } from '#models/report'
import { loadTarget } from '#services/moderation/targets'
import { priorityScore } from '#services/moderation/priority'

const AUTO_CREDIBILITY = 60

/** Every open report on a target shares the target's crowd signal, so all are rescored together. */
export async function reprioritize(
  type: TargetType,
  id: number,
  reach: number,
  trx: TransactionClientContract
) {
  const open = await trx
    .from('reports')
    .leftJoin('users', 'users.id', 'reports.reporter_id')
    .where({ 'reports.target_type': type, 'reports.target_id': id })
    .whereIn('reports.status', ['open', 'claimed'])
    .select('reports.id', 'reports.reason', 'reports.reporter_id', 'users.credibility')
  const distinct = new Set(open.map((r) => r.reporter_id ?? 'rule')).size
  for (const row of open) {
    const priority = priorityScore({
      reason: row.reason,
      credibility: row.reporter_id ? Number(row.credibility ?? 50) : AUTO_CREDIBILITY,
      distinctReporters: distinct,
      reach,
    })
    await trx.from('reports').where('id', row.id).update({ priority })
  }
}

/** A report filed by an auto-moderation rule (no reporter); one open per rule and target. */
export async function fileAutomatic(
  type: TargetType,
  id: number,
  ruleId: number,
  details: string,
  reason: ReportReason,
  trx: TransactionClientContract
) {
  const target = await loadTarget(type, id, trx)
  if (!target) return null
  const existing = await Report.query({ client: trx })
    .where({ target_type: type, target_id: id, rule_id: ruleId })
    .whereIn('status', ['open', 'claimed'])
    .first()
  if (existing) return existing
  const report = await Report.create(
    {
      reporterId: null,
      targetType: type,
      targetId: id,
      targetOwnerId: target.ownerId,
      reason,
      details,
      ruleId,
      status: 'open',
      version: 1,
    },
    { client: trx }
  )
  await reprioritize(type, id, target.reach, trx)
  return report
}
