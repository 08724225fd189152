/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/moderation.ts references them).
 */
import { RULE_ACTIONS, RULE_KINDS } from '#models/moderation_rule'
import { REPORT_REASONS, REPORT_STATUSES, RESOLUTION_ACTIONS, TARGET_TYPES } from '#models/report'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
  type Schema,
} from '#platform/openapi/schema'

export const counts = (description: string): Schema => ({
  type: 'object',
  additionalProperties: integer({ minimum: 0 }),
  description,
})

export const report = ref('Report')

export const moderationSchemas = {
  Report: object({
    id: integer(),
    targetType: oneOf(TARGET_TYPES),
    targetId: integer(),
    reason: oneOf(REPORT_REASONS),
    details: nullable(string()),
    status: oneOf(REPORT_STATUSES),
    action: nullable(oneOf(RESOLUTION_ACTIONS, { description: 'What the resolution did' })),
    resolutionNote: nullable(string()),
    priority: number({
      description:
        'Queue score: reason weight, distinct reporters, reporter credibility and reach of the content',
    }),
    automatic: boolean({ description: 'Filed by an auto-moderation rule (no reporter)' }),
    reporterId: nullable(integer()),
    targetOwnerId: nullable(integer()),
    claimedBy: nullable(integer()),
    claimExpiresAt: nullable(dateTime()),
    resolvedAt: nullable(dateTime()),
    version: integer({
      minimum: 1,
      description: 'Moves on every claim and decision (optimistic concurrency)',
    }),
    createdAt: dateTime(),
  }),
  ModerationRule: object({
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
  }),
  ModerationStats: object({
    open: object({
      total: integer({ minimum: 0 }),
      byType: counts('Open and claimed reports per target type'),
      byReason: counts('Open and claimed reports per reason'),
    }),
    actions: counts('Resolved reports per action (hide, warn, block, none), and `dismissed`'),
    medianResolutionMinutes: nullable(
      number({
        minimum: 0,
        description: 'From filing to resolution or dismissal; null before the first decision',
      })
    ),
  }),
  ReportContext: object({
    report: ref('Report'),
    reporter: {
      ...nullable(
        object({
          id: integer(),
          email: string(),
          fullName: string(),
          credibility: integer({ minimum: 0, maximum: 100 }),
        })
      ),
      description: 'null for a report filed by an auto-moderation rule',
    },
    target: object({
      type: oneOf(TARGET_TYPES),
      id: integer(),
      exists: boolean({ description: 'false once the content was deleted' }),
      ownerId: nullable(integer()),
      owner: nullable(object({ id: integer(), email: string(), fullName: string() })),
      excerpt: nullable(
        string({
          maxLength: 280,
          description: 'The start of the reported content (title, body or name)',
        })
      ),
      hidden: boolean({ description: 'Hidden by moderation (for a user: blocked)' }),
    }),
    reportsOnTarget: array(
      object({
        id: integer(),
        reason: oneOf(REPORT_REASONS),
        status: oneOf(REPORT_STATUSES),
        createdAt: dateTime(),
      }),
      {
        description: 'Every report on the same content, this one included, oldest first',
      }
    ),
    history: array(ref('AuditLog'), {
      description:
        'Audit entries on this report (claims) and on its content (decisions, restores), oldest first',
    }),
  }),
  BulkModerationResult: object({
    done: array(integer()),
    skipped: array(
      object({
        id: integer(),
        code: string({ examples: ['E_REPORT_UNAVAILABLE'] }),
        message: string(),
      }),
      {
        description: 'Reports left alone: unknown, already closed, or claimed by another admin',
      }
    ),
  }),
}
