import vine from '@vinejs/vine'
import { RULE_ACTIONS, RULE_KINDS } from '#models/moderation_rule'
import { TARGET_TYPES } from '#models/report'
import { readOnly } from '#validators/common'

export const createRuleValidator = vine.create({
  name: vine.string().trim().minLength(3).maxLength(120),
  kind: vine.enum(RULE_KINDS),
  keywords: vine.array(vine.string().trim().minLength(2).maxLength(60)).maxLength(200).optional(),
  pattern: vine.string().maxLength(300).optional(),
  targetTypes: vine.array(vine.enum(TARGET_TYPES)).distinct().optional(),
  thresholdCount: vine.number().withoutDecimals().min(2).max(1000).optional(),
  thresholdMinutes: vine.number().withoutDecimals().min(1).max(10080).optional(),
  action: vine.enum(RULE_ACTIONS),
  enabled: vine.boolean().optional(),
})

export const updateRuleValidator = vine.create({
  kind: readOnly("A rule's kind cannot change: create a new rule of the other kind"),
  name: vine.string().trim().minLength(3).maxLength(120).optional(),
  keywords: vine.array(vine.string().trim().minLength(2).maxLength(60)).maxLength(200).optional(),
  pattern: vine.string().maxLength(300).optional(),
  targetTypes: vine.array(vine.enum(TARGET_TYPES)).distinct().optional(),
  thresholdCount: vine.number().withoutDecimals().min(2).max(1000).optional(),
  thresholdMinutes: vine.number().withoutDecimals().min(1).max(10080).optional(),
  action: vine.enum(RULE_ACTIONS).optional(),
  enabled: vine.boolean().optional(),
})
