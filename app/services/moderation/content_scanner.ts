import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import ModerationRule from '#models/moderation_rule'
import type { TargetType } from '#models/report'
import { fileAutomatic } from '#services/moderation/queue_entries'
import { applyRuleAction } from '#services/moderation/rule_actions'
import ModerationCache from '#services/moderation/moderation_cache'
import { MAX_SCAN, testWithin } from '#services/moderation/safe_regex'

/**
 * Checks new and edited content against the enabled keyword and regex rules.
 * A match applies the rule's action and queues an automatic report. Called by
 * each module after its write commits; a scanner failure never fails the write.
 */
@inject()
export default class ContentScanner {
  constructor(private caches: ModerationCache) {}

  async scan(type: TargetType, id: number, texts: (string | null | undefined)[]) {
    try {
      const text = texts.filter(Boolean).join('\n').slice(0, MAX_SCAN)
      if (!text) return null
      const rules = await ModerationRule.query()
        .whereIn('kind', ['keyword', 'regex'])
        .where('enabled', true)
        .orderBy('id')
      const rule = rules.find(
        (r) => (!r.targetTypes.length || r.targetTypes.includes(type)) && matches(r, text)
      )
      if (!rule) return null
      const target = await db.transaction(async (trx) => {
        const found = await applyRuleAction(rule, type, id, trx)
        await fileAutomatic(type, id, rule.id, `Matched rule "${rule.name}"`, 'other', trx)
        return found
      })
      if (target) await this.caches.afterAction(rule.action, type, id, target.ownerId)
      return rule
    } catch (error) {
      logger.error({ err: error, type, id }, 'auto-moderation scan failed')
      return null
    }
  }
}

function matches(rule: ModerationRule, text: string) {
  if (rule.kind === 'keyword') {
    const lower = text.toLowerCase()
    return rule.keywords.some((keyword) =>
      new RegExp(`(^|\\W)${escapeRegex(keyword.toLowerCase())}($|\\W)`, 'u').test(lower)
    )
  }
  if (!rule.pattern) return false
  const matched = testWithin(rule.pattern, text)
  if (matched === null)
    logger.warn({ ruleId: rule.id }, 'auto-moderation regex ran out of time; treated as no match')
  return matched === true
}

function escapeRegex(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
