import { Call } from './call.js'
import type { HttpClient, Query, RequestOptions } from './client.js'
import type {
  AdminHealth,
  AuditLog,
  BatchRun,
  BatchTask,
  Behaviour,
  CacheStats,
  Charts,
  DashboardStats,
  LoginAnswer,
  ResponseData,
  Report,
  ReportContext,
  ResolutionAction,
  Rule,
  SwipeAnalytics,
  Task,
  TaskRef,
  TokenPair,
  User,
  UserActivity,
} from './types.js'

const AUTH = '/api/v1/auth'
const ADMIN = '/api/v1/admin'
const MODERATION = `${ADMIN}/moderation`

export type ChartName = keyof Charts
export const CHART_PATHS: Record<ChartName, string> = {
  userGrowth: 'user-growth',
  campaignActivity: 'campaign-activity',
  sales: 'sales',
  adRequestStatus: 'ad-request-status',
  campaignDistribution: 'campaign-distribution',
}

const reason = (text?: string) => (text === undefined ? {} : { reason: text })

/** The typed REST client of the Marquee server: one method per endpoint the CLI uses. */
export class MarqueeApi {
  constructor(readonly http: HttpClient) {}

  get server() {
    return this.http.server
  }

  private call<T>(method: string, path: string, options?: RequestOptions) {
    return new Call<T>(this.http, method, path, options)
  }

  readonly auth = {
    login: (email: string, password: string) =>
      this.call<LoginAnswer>('POST', `${AUTH}/login`, {
        body: { email, password },
        anonymous: true,
      }),
    refresh: (refreshToken: string) =>
      this.call<TokenPair>('POST', `${AUTH}/refresh`, { body: { refreshToken }, anonymous: true }),
    logout: (refreshToken?: string) =>
      this.call<void>('POST', `${AUTH}/logout`, { body: refreshToken ? { refreshToken } : {} }),
    me: () => this.call<User>('GET', `${AUTH}/me`),
  }

  readonly users = {
    list: (query: Query) => this.call<User[]>('GET', `${ADMIN}/users`, { query }),
    pendingSponsors: (query: Query) =>
      this.call<User[]>('GET', `${ADMIN}/users/pending-sponsors`, { query }),
    show: (id: number) => this.call<User>('GET', `${ADMIN}/users/${id}`),
    activity: (id: number) => this.call<UserActivity>('GET', `${ADMIN}/users/${id}/activity`),
    apply: (
      id: number,
      decision: 'approve' | 'reject' | 'block' | 'unblock' | 'flag' | 'unflag',
      text?: string
    ) => this.call<User>('POST', `${ADMIN}/users/${id}/${decision}`, { body: reason(text) }),
  }

  readonly moderation = {
    queue: (query: Query) => this.call<Report[]>('GET', `${MODERATION}/reports`, { query }),
    show: (id: number) => this.call<Report>('GET', `${MODERATION}/reports/${id}`),
    context: (id: number) => this.call<ReportContext>('GET', `${MODERATION}/reports/${id}/context`),
    restore: (type: string, id: number) =>
      this.call<void>('POST', `${MODERATION}/content/${encodeURIComponent(type)}/${id}/restore`),
    claim: (id: number) =>
      this.call<Report>('POST', `${MODERATION}/reports/${id}/claim`, { body: {} }),
    resolve: (id: number, action: ResolutionAction, version: number, note?: string) =>
      this.call<Report>('POST', `${MODERATION}/reports/${id}/resolve`, {
        body: { action, version, ...(note ? { note } : {}) },
      }),
    dismiss: (id: number, version: number, note?: string) =>
      this.call<Report>('POST', `${MODERATION}/reports/${id}/dismiss`, {
        body: { version, ...(note ? { note } : {}) },
      }),
  }

  readonly audit = {
    list: (query: Query) => this.call<AuditLog[]>('GET', `${ADMIN}/audit-logs`, { query }),
  }

  readonly rules = {
    list: () => this.call<Rule[]>('GET', `${MODERATION}/rules`),
    add: (body: Record<string, unknown>) =>
      this.call<Rule>('POST', `${MODERATION}/rules`, { body }),
    update: (id: number, body: Record<string, unknown>) =>
      this.call<Rule>('PATCH', `${MODERATION}/rules/${id}`, { body }),
    remove: (id: number) => this.call<void>('DELETE', `${MODERATION}/rules/${id}`),
  }

  readonly cache = {
    stats: () => this.call<CacheStats>('GET', `${ADMIN}/cache/stats`),
    warm: (only?: string[]) =>
      this.call<ResponseData<'/api/v1/admin/cache/warm', 'post'>>('POST', `${ADMIN}/cache/warm`, {
        body: only?.length ? { only } : {},
      }),
    clear: (tags?: string[]) =>
      this.call<ResponseData<'/api/v1/admin/cache/clear', 'post'>>('POST', `${ADMIN}/cache/clear`, {
        body: tags?.length ? { tags } : {},
      }),
    invalidateUser: (userId: number) =>
      this.call<ResponseData<'/api/v1/admin/cache/invalidate-user', 'post'>>(
        'POST',
        `${ADMIN}/cache/invalidate-user`,
        {
          body: { userId },
        }
      ),
  }

  readonly batch = {
    list: () => this.call<BatchTask[]>('GET', `${ADMIN}/batch`),
    status: (name: string) =>
      this.call<BatchTask>('GET', `${ADMIN}/batch/${encodeURIComponent(name)}`),
    run: (name: string) =>
      this.call<TaskRef>('POST', `${ADMIN}/batch/${encodeURIComponent(name)}/run`),
    pause: (name: string) =>
      this.call<BatchTask>('POST', `${ADMIN}/batch/${encodeURIComponent(name)}/pause`),
    resume: (name: string) =>
      this.call<BatchTask>('POST', `${ADMIN}/batch/${encodeURIComponent(name)}/resume`),
    history: (query: Query) => this.call<BatchRun[]>('GET', `${ADMIN}/batch/runs`, { query }),
  }

  readonly tasks = {
    list: (query: Query) => this.call<Task[]>('GET', `${ADMIN}/tasks`, { query }),
    show: (id: string) => this.call<Task>('GET', `${ADMIN}/tasks/${encodeURIComponent(id)}`),
    retry: (id: string) =>
      this.call<Task>('POST', `${ADMIN}/tasks/${encodeURIComponent(id)}/retry`),
    /** The task's `progress` events (`{ taskId, state, progress }`) on the real-time stream. */
    events: async (id: string) => {
      const { EventStream } = await import('./event_stream.js')
      return EventStream.open(this.http, [`tasks/${id}`])
    },
  }

  readonly health = () => this.call<AdminHealth>('GET', `${ADMIN}/health`)

  readonly seed = (profile: string, force?: boolean) =>
    this.call<TaskRef>('POST', `${ADMIN}/seed`, { body: { profile, ...(force ? { force } : {}) } })

  readonly testMail = (email: string) =>
    this.call<TaskRef>('POST', `${ADMIN}/test/mail`, { body: { email } })

  readonly dashboard = {
    stats: () => this.call<DashboardStats>('GET', `${ADMIN}/dashboard/stats`),
    chart: <K extends ChartName>(name: K, query: Query = {}) =>
      this.call<Charts[K]>('GET', `${ADMIN}/dashboard/charts/${CHART_PATHS[name]}`, { query }),
  }

  readonly analytics = {
    behaviour: (query: Query = {}) =>
      this.call<Behaviour>('GET', `${ADMIN}/analytics/behaviour`, { query }),
    gifting: (query: Query = {}) =>
      this.call<SwipeAnalytics>('GET', `${ADMIN}/gifting/analytics`, { query }),
  }
}
