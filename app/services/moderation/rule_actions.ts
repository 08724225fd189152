import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type ModerationRule from '#models/moderation_rule'
import type { TargetType } from '#models/report'
import { blockUser, loadTarget, setHidden } from '#services/moderation/targets'

/** What a matching rule does: flag → queue only; hide → hide until reviewed; block → block the author. */
export async function applyRuleAction(rule: ModerationRule, type: TargetType, id: number, trx: TransactionClientContract) {
  if (rule.action === 'hide') await setHidden(type, id, true, trx)
  if (rule.action === 'block') {
    const target = await loadTarget(type, id, trx)
    if (target?.ownerId) await blockUser(target.ownerId, `Blocked by rule "${rule.name}"`, trx)
  }
}
