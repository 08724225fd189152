import { TARGET_TYPES } from '#models/report'
import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { array, ref } from '#platform/openapi/schema'
import { CLAIM_MINUTES } from '#services/moderation/review_service'
import {
  bulkValidator,
  createReportValidator,
  dismissValidator,
  myReportsValidator,
  queueValidator,
  resolveValidator,
} from '#validators/moderation/report'
import { createRuleValidator, updateRuleValidator } from '#validators/moderation/rule'
import { moderationSchemas, report } from '#transformers/moderation/moderation_schemas'

const route = endpoints({ tag: 'Moderation', prefix: '/api/v1', auth: 'user' })
const adminRoute = endpoints({
  tag: 'Moderation',
  prefix: '/api/v1/admin/moderation',
  auth: 'admin',
})
const rule = ref('ModerationRule')

export const moderation: ApiModule = {
  tags: [
    {
      name: 'Moderation',
      description:
        "Reports on plans, comments, custom tasks, campaigns, chat messages, products and users; the admins' review queue " +
        `(claims last ${CLAIM_MINUTES} minutes; decisions carry the report's \`version\`), auto-moderation rules and queue stats. ` +
        'Hidden content disappears from every public read until restored. Every admin action is audit-logged.',
    },
  ],
  schemas: moderationSchemas,
  endpoints: [
    route.post('/reports', {
      summary: 'Report content or a user',
      description:
        'One open report per reporter and target (409 `E_ALREADY_REPORTED`); not your own content (422). Unknown content, an admin account, ' +
        "a message of someone else's conversation or a private campaign you are not part of is a 404. " +
        'Threshold rules are checked after filing.',
      body: createReportValidator,
      status: 201,
      response: report,
      errors: [403, 404, 409],
    }),
    route.get('/reports', {
      summary: 'Your reports and their outcome, newest first',
      query: myReportsValidator,
      list: report,
      errors: [403],
    }),
    adminRoute.get('/reports', {
      summary: 'The review queue, highest priority first',
      description: 'Open and claimed reports unless `status` says otherwise.',
      query: queueValidator,
      list: report,
      fields: { minScore: 'Only reports with at least this priority' },
    }),
    adminRoute.get('/reports/{id}', { summary: 'One report', response: report, errors: [404] }),
    adminRoute.get('/reports/{id}/context', {
      summary:
        'One report with its reporter, the reported content, the other reports on it and its history',
      response: ref('ReportContext'),
      errors: [404],
    }),
    adminRoute.post('/reports/{id}/claim', {
      summary: 'Claim a report for review',
      description: `One reviewer at a time: a report another admin holds is a 409 \`E_REPORT_UNAVAILABLE\` until their claim expires (${CLAIM_MINUTES} minutes).`,
      response: report,
      errors: [404, 409],
    }),
    adminRoute.post('/reports/{id}/resolve', {
      summary: 'Resolve a report with an action',
      description:
        'hide: hide the content (for a user: block the account); warn: record a warning to the owner; block: block the owner; none: uphold only. ' +
        "Closes every open report on the same content and raises their reporters' credibility. 409 when closed, claimed by another admin or stale. " +
        'warn and block need an author: for content without one (a platform product) they answer 422 on `action` and the report stays open.',
      body: resolveValidator,
      response: report,
      errors: [404, 409],
      fields: {
        version:
          'The `version` of the report you decided on; another version is a 409 `E_STALE_VERSION`',
      },
    }),
    adminRoute.post('/reports/{id}/dismiss', {
      summary: 'Dismiss a report',
      description:
        "Restores nothing (use restore for that) and closes only this report; lowers the reporter's credibility.",
      body: dismissValidator,
      response: report,
      errors: [404, 409],
      fields: {
        version:
          'The `version` of the report you decided on; another version is a 409 `E_STALE_VERSION`',
      },
    }),
    adminRoute.post('/reports/bulk', {
      summary: 'Resolve or dismiss many reports',
      description:
        'Each report is decided at its current version; those that cannot be are listed in `skipped`. `action` defaults to hide.',
      body: bulkValidator,
      response: ref('BulkModerationResult'),
    }),
    adminRoute.post('/content/{type}/{id}/restore', {
      summary: 'Bring hidden content (or a blocked account) back',
      description: `\`type\` is one of ${TARGET_TYPES.join(', ')}. 409 \`E_NOT_HIDDEN\` when it is not hidden.`,
      errors: [404, 409],
    }),
    adminRoute.get('/stats', {
      summary: 'Open reports by type and reason, actions taken, median time to resolution',
      response: ref('ModerationStats'),
    }),
    adminRoute.get('/rules', { summary: 'Auto-moderation rules', response: array(rule) }),
    adminRoute.post('/rules', {
      summary: 'Create an auto-moderation rule',
      description:
        'keyword and regex rules check new and edited content; threshold rules fire on N open reports within T minutes. ' +
        'A match applies the action and queues an automatic report.',
      body: createRuleValidator,
      status: 201,
      response: rule,
      fields: {
        action:
          'flag: queue a report only; hide: hide the content until reviewed; block: block the author and hide the content',
        keywords: 'Whole words or phrases, case-insensitive (keyword rules)',
        pattern:
          'Case-insensitive JavaScript regular expression (regex rules). Invalid syntax is a 422 `E_VALIDATION_ERROR`; patterns that can backtrack catastrophically (nested or overlapping repetition, backreferences, lookarounds) a 422 `E_UNSAFE_REGEX`.',
        targetTypes: 'Content types the rule applies to; empty or absent: all',
        thresholdCount: 'Open reports by users that trip a threshold rule',
        thresholdMinutes: 'The window of a threshold rule',
        enabled: { default: true },
      },
    }),
    adminRoute.patch('/rules/{id}', {
      summary: 'Change, disable or enable a rule',
      description:
        "A rule's `kind` does not change (422 on that field): create a new rule of the other kind.",
      body: updateRuleValidator,
      response: rule,
      errors: [404],
      fields: {
        keywords: 'Whole words or phrases, case-insensitive (keyword rules)',
        pattern:
          'Case-insensitive JavaScript regular expression (regex rules). Invalid syntax is a 422 `E_VALIDATION_ERROR`; patterns that can backtrack catastrophically (nested or overlapping repetition, backreferences, lookarounds) a 422 `E_UNSAFE_REGEX`.',
        action:
          'flag: queue a report only; hide: hide the content until reviewed; block: block the author and hide the content',
        targetTypes: 'Content types the rule applies to; empty or absent: all',
        thresholdCount: 'Open reports by users that trip a threshold rule',
        thresholdMinutes: 'The window of a threshold rule',
        enabled: { default: true },
      },
    }),
    adminRoute.delete('/rules/{id}', { summary: 'Delete a rule', errors: [404] }),
  ],
}
