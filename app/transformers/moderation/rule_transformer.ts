import { BaseTransformer } from '@adonisjs/core/transformers'
import type ModerationRule from '#models/moderation_rule'
import { RULE_ACTIONS, RULE_KINDS } from '#models/moderation_rule'
import { TARGET_TYPES } from '#models/report'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const ruleSchema = object({
  id: integer(),
  name: string(),
  kind: oneOf(RULE_KINDS),
  keywords: array(string()),
  pattern: nullable(string()),
  targetTypes: array(oneOf(TARGET_TYPES)),
  thresholdCount: nullable(integer()),
  thresholdMinutes: nullable(integer()),
  action: oneOf(RULE_ACTIONS),
  enabled: boolean(),
  createdAt: dateTime(),
})

export default class RuleTransformer extends BaseTransformer<ModerationRule> {
  toObject(): Infer<typeof ruleSchema> {
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
      createdAt: iso(r.createdAt),
    }
  }
}
