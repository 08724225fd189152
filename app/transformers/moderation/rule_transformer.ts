import { BaseTransformer } from '@adonisjs/core/transformers'
import type ModerationRule from '#models/moderation_rule'

export default class RuleTransformer extends BaseTransformer<ModerationRule> {
  toObject() {
    const r = this.resource
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      keywords: r.keywords,
      pattern: r.pattern ?? null,
      targetTypes: r.targetTypes,
      thresholdCount: r.thresholdCount ?? null,
      thresholdMinutes: r.thresholdMinutes ?? null,
      action: r.action,
      enabled: r.enabled,
      createdAt: r.createdAt.toISO(),
    }
  }
}
