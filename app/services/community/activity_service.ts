import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Activity, { type ActivityVerb } from '#models/activity'

export interface ActivityInput {
  actorId: number
  verb: ActivityVerb
  subjectType: 'plan' | 'comment' | 'user' | 'custom_task'
  subjectId: number
  planId?: number | null
  data?: Record<string, unknown>
}

/**
 * Records what users do, for the activity feeds. Feeds are read at query time
 * (fan-in over followed actors on the (actor_id, id) index) and cached, so
 * writing an activity is one insert; once it committed, the caller drops the
 * cached feed pages that can show it (FeedCache.activitiesChanged).
 */
export default class ActivityService {
  record(input: ActivityInput, trx?: TransactionClientContract) {
    return Activity.create(
      {
        actorId: input.actorId,
        verb: input.verb,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        planId: input.planId ?? null,
        data: input.data ?? {},
      },
      { client: trx }
    )
  }
}
