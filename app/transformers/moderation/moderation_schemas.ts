/**
 * The named OpenAPI components of the moderation responses (app/openapi/moderation.ts):
 * a resource with a transformer has its schema beside it (the transformer is typed against it);
 * the figures the services answer directly are described here.
 */
import {
  array,
  integer,
  nullable,
  number,
  object,
  refTo,
  string,
  type Schema,
} from '#platform/openapi/schema'
import { reportContextSchema } from '#transformers/moderation/report_context_transformer'
import { reportSchema } from '#transformers/moderation/report_transformer'
import { ruleSchema } from '#transformers/moderation/rule_transformer'

export const counts = (description: string): Schema<Record<string, number>> => ({
  type: 'object',
  additionalProperties: integer({ minimum: 0 }),
  description,
})

export const report = refTo('Report', reportSchema)

export const moderationStatsSchema = object({
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
})

export const bulkModerationResultSchema = object({
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
})

export const moderationSchemas = {
  Report: reportSchema,
  ModerationRule: ruleSchema,
  ModerationStats: moderationStatsSchema,
  ReportContext: reportContextSchema,
  BulkModerationResult: bulkModerationResultSchema,
}
