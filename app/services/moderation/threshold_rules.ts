import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import ModerationRule from '#models/moderation_rule'
import type { TargetType } from '#models/report'
import { sqlTime } from '#platform/db/time'
import { applyRuleAction } from '#services/moderation/rule_actions'
import { fileAutomatic } from '#services/moderation/queue_entries'
import ModerationCache from '#services/moderation/moderation_cache'

/**
 * "N reports within T minutes" rules, checked each time a report is filed.
 * Only reports still open count: once an admin has decided on them (dismissed,
 * say), they no longer push the target over the threshold.
 */
@inject()
export default class ThresholdRules {
  constructor(private caches: ModerationCache) {}

  async check(type: TargetType, id: number) {
    const rules = await ModerationRule.query().where('kind', 'threshold').where('enabled', true)
    for (const rule of rules) {
      if (rule.targetTypes.length && !rule.targetTypes.includes(type)) continue
      const since = sqlTime(DateTime.utc().minus({ minutes: rule.thresholdMinutes ?? 60 }))
      const recent = await db
        .from('reports')
        .where({ target_type: type, target_id: id })
        .whereNotNull('reporter_id')
        .whereIn('status', ['open', 'claimed'])
        .where('created_at', '>=', since)
        .count('* as total')
        .first()
      if (Number(recent?.total ?? 0) < (rule.thresholdCount ?? Number.POSITIVE_INFINITY)) continue
      const target = await db.transaction(async (trx) => {
        const existing = await trx
          .from('reports')
          .where({ target_type: type, target_id: id, rule_id: rule.id })
          .whereIn('status', ['open', 'claimed'])
          .first()
        if (existing) return null
        const found = await applyRuleAction(rule, type, id, trx)
        await fileAutomatic(
          type,
          id,
          rule.id,
          `Rule "${rule.name}": ${recent?.total} reports within ${rule.thresholdMinutes} minutes`,
          'other',
          trx
        )
        return found
      })
      if (target) await this.caches.afterAction(rule.action, type, id, target.ownerId)
    }
  }
}
