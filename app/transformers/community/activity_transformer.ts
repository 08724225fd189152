import { BaseTransformer } from '@adonisjs/core/transformers'
import { ACTIVITY_SUBJECTS, ACTIVITY_VERBS } from '#models/activity'
import {
  dateTime,
  integer,
  nullable,
  object,
  oneOf,
  string,
  typed,
  type Infer,
} from '#platform/openapi/schema'
import type { ActivityRow } from '#services/community/feed_query'
import { planAuthorSchema } from '#transformers/community/plan_author'
import { isoTime } from '#transformers/community/row_time'
import { required } from '#transformers/support'

export const activitySchema = object({
  id: integer(),
  verb: oneOf(ACTIVITY_VERBS),
  actor: planAuthorSchema,
  subject: object({ type: oneOf(ACTIVITY_SUBJECTS), id: integer() }),
  plan: nullable(object({ id: integer(), title: string(), category: string() })),
  data: typed<Record<string, unknown>>({
    type: 'object',
    description: 'Verb-specific details (e.g. `score` of a rating)',
  }),
  createdAt: dateTime(),
})

function details(data: ActivityRow['data']): Record<string, unknown> {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return {}
  }
}

/** A feed item: who did what to which plan or member (plain, without the transformer machinery: feed misses map pages of rows). */
export function activityObject(a: ActivityRow): Infer<typeof activitySchema> {
  return {
    id: Number(a.id),
    verb: a.verb,
    actor: { id: Number(a.actor_id), fullName: a.actor_name, role: a.actor_role },
    subject: { type: a.subject_type, id: Number(a.subject_id) },
    // The feed query keeps an activity on a plan only while the plan is listed.
    plan: a.plan_id
      ? {
          id: Number(a.plan_id),
          title: required(a.plan_title, `Plan ${a.plan_id} title`),
          category: required(a.plan_category, `Plan ${a.plan_id} category`),
        }
      : null,
    data: details(a.data),
    createdAt: isoTime(a.created_at),
  }
}

/** A feed item: who did what to which plan or member. */
export default class ActivityTransformer extends BaseTransformer<ActivityRow> {
  toObject() {
    return activityObject(this.resource)
  }
}
