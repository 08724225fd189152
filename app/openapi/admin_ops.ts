import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { array, integer, object, ref, string } from '#platform/openapi/schema'
import { queuedSchema } from '#openapi/operations_jobs'
import { chartRangeValidator } from '#validators/operations/dashboard'
import { seedValidator } from '#validators/operations/seed'
import {
  batchHistoryValidator,
  cacheClearValidator,
  cacheInvalidateUserValidator,
  cacheWarmValidator,
} from '#validators/operations/admin_ops'
import {
  adRequestStatusSchema,
  adminOpsSchemas,
  cacheHealthSchema,
  campaignDistributionSchema,
} from '#transformers/operations/admin_ops_schemas'

const route = endpoints({ tag: 'Operations', prefix: '/api/v1/admin', auth: 'admin' })
const chartRangeFields = {
  from: { description: 'First day (UTC), default: 29 days before `to`', format: 'date' },
  to: {
    description: 'Last day (UTC), on or after `from`, at most 731 days after it; default: today',
    format: 'date',
  },
  bucket: { default: 'day' },
}
const COMPUTED =
  '`meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and ' +
  'every hit answers the same `computedAt`.'
const RANGED = `${COMPUTED} \`meta.from\`, \`meta.to\` and \`meta.bucket\` echo the range. Every bucket of the range is listed, empty ones at zero.`

export const adminOps: ApiModule = {
  tags: [
    {
      name: 'Operations',
      description: 'Dashboard, scheduler (batch runs), cache operations and seeding (role `admin`)',
    },
  ],
  schemas: adminOpsSchemas,
  endpoints: [
    route.get('/dashboard/stats', {
      summary:
        'Platform figures: users by role and status, pending sponsors, campaigns, ad requests, plans, open reports, sales',
      description: COMPUTED,
      response: ref('DashboardStats'),
    }),
    route.get('/dashboard/charts/user-growth', {
      summary: 'New and cumulative accounts per day, week or month',
      description: RANGED,
      query: chartRangeValidator,
      fields: chartRangeFields,
      response: array(ref('UserGrowthPoint')),
    }),
    route.get('/dashboard/charts/campaign-distribution', {
      summary: 'Campaigns by niche and by status, largest first',
      description: COMPUTED,
      response: campaignDistributionSchema,
    }),
    route.get('/dashboard/charts/ad-request-status', {
      summary: 'Ad requests per status',
      description: COMPUTED,
      response: adRequestStatusSchema,
    }),
    route.get('/dashboard/charts/campaign-activity', {
      summary:
        'Campaigns and ad requests created, and ad requests accepted, per day, week or month',
      description: RANGED,
      query: chartRangeValidator,
      fields: chartRangeFields,
      response: array(ref('CampaignActivityPoint')),
    }),
    route.get('/dashboard/charts/sales', {
      summary: 'Sales and revenue per day, week or month',
      description: RANGED,
      query: chartRangeValidator,
      response: array(ref('SalesPoint')),
      fields: chartRangeFields,
    }),
    route.post('/seed', {
      summary: 'Seed demo data as a background job',
      description:
        '`demo`: the demo accounts and their content (as `node ace db:seed`: a category tree, 8 products, 2 campaigns, ' +
        'an ad request, 3 skill plans, follows and likes); `small`: demo + 200 users, 20 campaigns, 100 plans, 2,000 ' +
        'activities, 200 products; `large`: demo + 10,000 users, 100,000 activities, 5,000 products in a category tree, ' +
        'campaigns, ad requests and plans. Bulk accounts are `<profile>.<role>.<n>@seed.marquee.test` with the demo ' +
        'password; `<profile>.power@seed.marquee.test` follows the most creators. Only what is missing is written: existing ' +
        'accounts keep their passwords, status and details, and a profile already seeded is skipped. Progress: ' +
        '`GET /tasks/{id}` or the SSE channel `tasks/{taskId}`. In production the answer is 403 `E_SEED_IN_PRODUCTION` ' +
        'unless `force` is true, no admin is created, and created accounts get a random password that is shown nowhere ' +
        '(`node ace marquee:seed --force` prints it).',
      body: seedValidator,
      status: 202,
      response: queuedSchema,
      fields: { force: { default: false } },
    }),
    route.get('/health', {
      summary:
        'Health for operators: readiness, batch runs, feed cache, moderation queue, job queues',
      description:
        'What `GET /health/ready` checks, plus the last run of every scheduled task and which are overdue, the feed ' +
        'cache, the moderation queue (size, oldest unclaimed report) and each job queue (waiting, active, failed, ' +
        'oldest waiting). Answers 200 also when the process is not ready: `ready` says so.',
      response: ref('AdminHealth'),
    }),
    route.get('/batch', {
      summary: 'Scheduled batch tasks with their last and next run, flagged when overdue',
      description:
        '`meta.scheduler` says when a scheduler last ticked: tasks only run while one does.',
      raw: {
        mediaType: 'application/json',
        schema: object({
          data: array(ref('BatchTask')),
          meta: object({ scheduler: ref('SchedulerSighting') }),
        }),
      },
    }),
    route.get('/batch/runs', {
      summary: 'History of batch runs, newest first',
      query: batchHistoryValidator,
      list: ref('BatchRun'),
      errors: [404],
      fields: { task: 'Batch task name, e.g. `cleanup`' },
    }),
    route.get('/batch/{name}', {
      summary: 'One batch task',
      response: ref('BatchTask'),
      errors: [404],
    }),
    route.post('/batch/{name}/run', {
      summary: 'Run a batch task now, as a background job',
      status: 202,
      response: queuedSchema,
      errors: [404],
    }),
    route.post('/batch/{name}/pause', {
      summary: 'Pause the scheduled runs of a task (manual runs still work)',
      response: ref('BatchTask'),
      errors: [404, 409],
    }),
    route.post('/batch/{name}/resume', {
      summary: 'Resume the scheduled runs of a task',
      response: ref('BatchTask'),
      errors: [404, 409],
    }),
    route.get('/cache/stats', {
      summary: 'Hits, misses, hit ratio and keys per key family',
      response: ref('CacheStats'),
    }),
    route.get('/cache/health', {
      summary: 'Cache layers: memory L1 and Redis L2',
      response: cacheHealthSchema,
    }),
    route.post('/cache/warm', {
      summary:
        'Precompute the hot cached reads (dashboard, influencer directory, trending and leaderboard, popular profiles)',
      body: cacheWarmValidator,
      response: object({ warmed: array(string()), failed: { type: 'object' } }),
    }),
    route.post('/cache/clear', {
      summary: 'Clear the whole cache, or only the entries with the given tags',
      body: cacheClearValidator,
      response: object({ cleared: { oneOf: [string(), array(string())] } }),
    }),
    route.post('/cache/invalidate-user', {
      summary: "Drop one user's cached entries (profile, cart total, unread count)",
      body: cacheInvalidateUserValidator,
      response: object({ userId: integer(), tags: array(string()) }),
    }),
  ],
}
