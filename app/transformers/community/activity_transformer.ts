import { BaseTransformer } from '@adonisjs/core/transformers'
import type Activity from '#models/activity'

/** A feed item; the actor and plan fields come from the feed query's joins (`$extras`). */
export default class ActivityTransformer extends BaseTransformer<Activity> {
  toObject() {
    const a = this.resource
    const extras = a.$extras
    return {
      id: a.id,
      verb: a.verb,
      actor: { id: a.actorId, fullName: extras.actor_name as string, role: extras.actor_role as string },
      subject: { type: a.subjectType, id: a.subjectId },
      plan: a.planId ? { id: a.planId, title: extras.plan_title as string, category: extras.plan_category as string } : null,
      data: a.data,
      createdAt: a.createdAt.toISO(),
    }
  }
}
