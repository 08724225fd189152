import type { ActivityVerb } from '#models/activity'
import type { EventType } from '#models/analytics_event'

/**
 * The named features of the most-used ranking: every tracked event type and
 * every activity verb belongs to exactly one (the records are exhaustive, so
 * a new type or verb does not compile until it is given a feature).
 */
export const FEATURE_OF_EVENT: Record<EventType, string> = {
  'plan.view': 'plan_browsing',
  'plan.share': 'plan_sharing',
  'plan.start': 'plan_progress',
  'plan.task_complete': 'plan_progress',
  'profile.view': 'profiles',
  'campaign.view': 'campaigns',
  'product.view': 'shop',
  'search': 'search',
}

export const FEATURE_OF_VERB: Record<ActivityVerb, string> = {
  'plan.created': 'plan_creation',
  'plan.liked': 'likes',
  'plan.rated': 'ratings',
  'plan.downloaded': 'downloads',
  'comment.created': 'comments',
  'user.followed': 'follows',
  'custom_task.created': 'custom_tasks',
}

export const FEATURES = [
  ...new Set([...Object.values(FEATURE_OF_EVENT), ...Object.values(FEATURE_OF_VERB)]),
]
