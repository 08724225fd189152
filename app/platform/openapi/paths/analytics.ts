import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { array, integer, nullable, number, object, ref, string } from '#platform/openapi/schema'
import { MAX_EVENTS_PER_REQUEST } from '#validators/analytics/analytics'
import {
  dayRangeValidator,
  engagementValidator,
  trackEventsValidator,
  trackEventValidator,
} from '#validators/analytics/analytics'
import { oneOfBodies } from '#platform/openapi/validator_schema'

const route = endpoints({ tag: 'Analytics', prefix: '/api/v1', auth: 'user' })

const count = () => integer({ minimum: 0 })
const day = string({ format: 'date', description: 'UTC day, YYYY-MM-DD' })
const rate = nullable(
  number({ minimum: 0, description: 'Per plan view, 4 decimals; null without views' })
)

const planFigures = {
  views: count(),
  uniqueViewers: count(),
  shares: count(),
  starts: count(),
  tasksCompleted: count(),
  likes: count(),
  downloads: count(),
  ratings: count(),
  comments: count(),
}

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
  schemas: {
    PlanAnalytics: object({
      planId: integer(),
      totals: object({
        ...planFigures,
        averageRating: nullable(number({ minimum: 1, maximum: 5 })),
      }),
      series: array(object({ day, ...planFigures }), {
        description: 'One entry per UTC day of the range, zeros included',
      }),
    }),
    Engagement: object({
      windowDays: integer({ enum: [7, 30] }),
      received: object({
        planViews: count(),
        uniqueViewers: count(),
        likes: count(),
        downloads: count(),
        ratings: count(),
        comments: count(),
        newFollowers: count(),
      }),
      actions: integer({
        minimum: 0,
        description: 'Likes, downloads, ratings, comments and follows the member made',
      }),
      rates: object({ engagement: rate, likes: rate, downloads: rate }),
    }),
  },
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
  ],
}
