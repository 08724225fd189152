import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { dateTime, integer, object, oneOf, ref, string } from '#platform/openapi/schema'
import { MAX_EVENTS_PER_REQUEST } from '#validators/analytics/analytics'
import {
  dayRangeValidator,
  engagementValidator,
  trackEventsValidator,
  trackEventValidator,
} from '#validators/analytics/analytics'
import { oneOfBodies } from '#platform/openapi/operation'
import {
  behaviourValidator,
  DEFAULT_FEATURES,
  MAX_BEHAVIOUR_DAYS,
} from '#validators/analytics/behaviour'
import { FEATURE_OF_EVENT, FEATURE_OF_VERB } from '#services/analytics/behaviour_features'
import { analyticsSchemas, count } from '#transformers/analytics/analytics_schemas'

const route = endpoints({ tag: 'Analytics', prefix: '/api/v1', auth: 'user' })
const adminRoute = endpoints({ tag: 'Analytics', prefix: '/api/v1/admin', auth: 'admin' })

const mapping = (features: Record<string, string>) =>
  Object.entries(features)
    .map(([kind, feature]) => `\`${kind}\` → \`${feature}\``)
    .join(', ')

const BEHAVIOUR =
  'A **member** is a live (not deleted) account that is not an admin. A member is **active** on a UTC day when they tracked an ' +
  'event (`POST /analytics/track`) or did something that writes a feed activity (created, liked, rated or downloaded a plan, ' +
  'commented, followed, proposed a custom task) that day; signing up or logging in alone is not activity. ' +
  '`active`: per day of the period, DAU (active that day), WAU (in the 7 days ending that day) and MAU (in the 30 days ending ' +
  'that day); `current` is the last day. `funnel`: members who signed up in the period, per `bucket` (default week) and in total, ' +
  'who created a skill plan, and of those who also liked a plan, by the end of the period. `retention`: members who signed up ' +
  'in the period by ISO week (Monday) of sign-up; for each week since (0 = the sign-up week) up to the week of `to`, how many ' +
  'were active in it. `features`: the top `limit` features used in the period (events and activities, uses then members), ' +
  `grouped as: ${mapping(FEATURE_OF_EVENT)}, ${mapping(FEATURE_OF_VERB)}. ` +
  `The period defaults to the last 30 days and covers at most ${MAX_BEHAVIOUR_DAYS}. Cached 120 s per period and bucket like the ` +
  'dashboard charts; `meta.computedAt` says when the figures were computed and every hit answers the same.'

export const analytics: ApiModule = {
  tags: [
    {
      name: 'Analytics',
      description:
        'Views and interactions tracked by clients, a plan’s figures for its owner and a member’s engagement. ' +
        'Tracked events are rolled into per-day figures by the `analytics-aggregation` batch task (every 10 minutes; ' +
        '`meta.aggregatedAt`), engagement by `engagement-metrics` (every 5 minutes; `meta.computedAt`).',
    },
  ],
  schemas: analyticsSchemas,
  endpoints: [
    route.post('/analytics/track', {
      summary: 'Record views and interactions',
      description:
        `One event, or \`{ events: [...] }\` with up to ${MAX_EVENTS_PER_REQUEST}. The whole request is checked before anything is stored: ` +
        'a subject that does not exist or that the caller cannot see is 404 (the error names the event); ' +
        'events on the caller’s own plan, profile, campaign or product are ignored (`ignored`). ' +
        'Rate limited per account (`ANALYTICS_RATE_LIMIT` requests a minute). A brand pending approval gets 403.',
      body: oneOfBodies(trackEventValidator, trackEventsValidator),
      fields: {
        'subjectId': 'The plan, user, campaign or product; required for every type but `search`',
        'data': 'Free context (`source`, `day`, …); `search` needs `data.query`',
        'events[].subjectId':
          'The plan, user, campaign or product; required for every type but `search`',
        'events[].data': 'Free context (`source`, `day`, …); `search` needs `data.query`',
      },
      status: 202,
      response: object({ recorded: count(), ignored: count() }),
      throttled: true,
      errors: [403, 404],
    }),
    route.get('/plans/{id}/analytics', {
      summary: 'A plan’s figures per UTC day (owner and admins)',
      description:
        'Views, shares, starts and completed tasks come from the roll-up (`meta.aggregatedAt`); likes, downloads, ratings and ' +
        'comments by others are live. `totals.uniqueViewers` counts distinct viewers over the whole range. ' +
        'The range defaults to the last 30 days and covers at most 366. Another member gets 403 on a plan they may open, 404 otherwise.',
      query: dayRangeValidator,
      response: ref('PlanAnalytics'),
      errors: [403, 404],
      fields: {
        from: { description: 'UTC day, YYYY-MM-DD', format: 'date' },
        to: { description: 'UTC day, YYYY-MM-DD', format: 'date' },
      },
    }),
    route.get('/me/engagement', {
      summary: 'Your engagement over the last 7 or 30 days',
      description:
        'What your plans received (views, distinct viewers, likes, downloads, ratings, comments by others), new followers, and your own actions. ' +
        'A brand pending approval gets 403.',
      query: engagementValidator,
      response: ref('Engagement'),
      errors: [403],
      fields: { window: 'Days (default 30)' },
    }),
    adminRoute.get('/analytics/behaviour', {
      summary:
        'Members’ behaviour: active members, sign-up funnel, retention cohorts, most-used features',
      description: BEHAVIOUR,
      query: behaviourValidator,
      raw: {
        mediaType: 'application/json',
        schema: object({
          data: ref('Behaviour'),
          meta: object({
            computedAt: dateTime(),
            from: string({ format: 'date' }),
            to: string({ format: 'date' }),
            bucket: oneOf(['day', 'week', 'month']),
            limit: integer(),
          }),
        }),
      },
      errors: [422],
      fields: {
        from: { description: 'First day (UTC), default: 29 days before `to`', format: 'date' },
        to: { description: 'Last day (UTC), on or after `from`; default: today', format: 'date' },
        bucket: { description: 'Size of the funnel’s sign-up cohorts', default: 'week' },
        limit: { description: 'Features ranked', default: DEFAULT_FEATURES },
      },
    }),
  ],
}
