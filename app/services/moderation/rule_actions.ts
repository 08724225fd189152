import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type ModerationRule from '#models/moderation_rule'
import type { TargetType } from '#models/report'
import AuditService from '#services/identity/audit_service'
import { blockUser, loadTarget, setHidden, type TargetInfo } from '#services/moderation/targets'

/**
 * What a matching rule does: flag → queue only; hide → hide until reviewed;
 * block → block the author and hide the content that tripped the rule. Audited
 * without an actor (the rule acted). Returns the target as it was, or null if
 * it is gone.
 */
export async function applyRuleAction(
  rule: ModerationRule,
  type: TargetType,
  id: number,
  trx: TransactionClientContract
): Promise<TargetInfo | null> {
  const target = await loadTarget(type, id, trx)
  if (!target) return null
  if (rule.action === 'hide' || rule.action === 'block') await setHidden(type, id, true, trx)
  if (rule.action === 'block' && target.ownerId)
    await blockUser(target.ownerId, `Blocked by rule "${rule.name}"`, trx)
  await new AuditService().record(
    null,
    {
      action: `moderation.auto.${rule.action}`,
      targetType: type,
      targetId: id,
      details: { ruleId: rule.id, rule: rule.name, ownerId: target.ownerId },
    },
    trx
  )
  return target
}
