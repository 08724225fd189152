import { BaseTransformer } from '@adonisjs/core/transformers'
import type { ActivityRow } from '#services/community/feed_query'
import { isoTime } from '#transformers/community/row_time'

function details(data: ActivityRow['data']): Record<string, unknown> {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return {}
  }
}

/** A feed item: who did what to which plan or member (plain, without the transformer machinery: feed misses map pages of rows). */
export function activityObject(a: ActivityRow) {
  return {
    id: Number(a.id),
    verb: a.verb,
    actor: { id: Number(a.actor_id), fullName: a.actor_name, role: a.actor_role },
    subject: { type: a.subject_type, id: Number(a.subject_id) },
    plan: a.plan_id
      ? { id: Number(a.plan_id), title: a.plan_title, category: a.plan_category }
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
