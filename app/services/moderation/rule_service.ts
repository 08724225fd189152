import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import ModerationRule from '#models/moderation_rule'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'
import { regexSyntaxError, unsafeRegexReason } from '#services/moderation/safe_regex'
import type { createRuleValidator, updateRuleValidator } from '#validators/moderation/rule'

type CreatePayload = Infer<typeof createRuleValidator>

/** Auto-moderation rules (admins): each kind needs its own settings; regexes are vetted first. */
@inject()
export default class RuleService {
  constructor(private audit: AuditService) {}

  list() {
    return ModerationRule.query().orderBy('id', 'asc')
  }

  async find(id: number) {
    const rule = await ModerationRule.find(id)
    if (!rule) throw AppException.notFound('Rule')
    return rule
  }

  async create(admin: User, payload: CreatePayload, ctx?: HttpContext) {
    const rule = new ModerationRule()
    rule.merge({
      ...payload,
      keywords: payload.keywords ?? [],
      targetTypes: payload.targetTypes ?? [],
      enabled: payload.enabled ?? true,
      createdBy: admin.id,
    })
    this.validate(rule)
    return this.save(admin, rule, 'moderation.rule.create', ctx)
  }

  async update(
    admin: User,
    id: number,
    payload: Infer<typeof updateRuleValidator>,
    ctx?: HttpContext
  ) {
    const rule = await this.find(id)
    rule.merge(payload)
    this.validate(rule)
    return this.save(
      admin,
      rule,
      payload.enabled === false ? 'moderation.rule.disable' : 'moderation.rule.update',
      ctx
    )
  }

  async delete(admin: User, id: number, ctx?: HttpContext) {
    const rule = await this.find(id)
    await db.transaction(async (trx) => {
      await rule.useTransaction(trx).delete()
      await this.audit.record(
        admin,
        {
          action: 'moderation.rule.delete',
          targetType: 'rule',
          targetId: id,
          details: { name: rule.name },
        },
        trx,
        ctx
      )
    })
  }

  private async save(admin: User, rule: ModerationRule, action: string, ctx?: HttpContext) {
    await db.transaction(async (trx) => {
      await rule.useTransaction(trx).save()
      await this.audit.record(
        admin,
        {
          action,
          targetType: 'rule',
          targetId: rule.id,
          details: { name: rule.name, kind: rule.kind, ruleAction: rule.action },
        },
        trx,
        ctx
      )
    })
    return rule
  }

  private validate(rule: ModerationRule) {
    if (rule.kind === 'keyword' && !rule.keywords.length)
      throw AppException.invalid('keywords', 'A keyword rule needs at least one keyword')
    if (rule.kind === 'regex') {
      if (!rule.pattern) throw AppException.invalid('pattern', 'A regex rule needs a pattern')
      const syntaxError = regexSyntaxError(rule.pattern)
      if (syntaxError)
        throw AppException.invalid(
          'pattern',
          `The pattern is not a valid regular expression (${syntaxError})`
        )
      const problem = unsafeRegexReason(rule.pattern)
      if (problem) throw AppException.invalid('pattern', `The pattern ${problem}`, 'E_UNSAFE_REGEX')
    }
    if (rule.kind === 'threshold') {
      if (!rule.thresholdCount)
        throw AppException.invalid('thresholdCount', 'A threshold rule needs a report count')
      if (!rule.thresholdMinutes)
        throw AppException.invalid('thresholdMinutes', 'A threshold rule needs a time window')
    }
  }
}
