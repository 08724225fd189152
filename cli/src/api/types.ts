/** The server's response shapes, as its transformers write them (app/transformers). */

export interface TokenPair {
  tokenType: string
  accessToken: string
  accessTokenExpiresAt: string
  refreshToken: string
  refreshTokenExpiresAt: string
}

export interface User {
  id: number
  email: string
  fullName: string
  role: 'admin' | 'sponsor' | 'influencer' | 'shopper'
  status: 'active' | 'pending' | 'rejected'
  rejectionReason: string | null
  emailVerified: boolean
  blocked: boolean
  blockReason: string | null
  flagged: boolean
  flagReason: string | null
  sponsorProfile: {
    companyName: string
    industry: string | null
    budget: number | null
    website: string | null
  } | null
  createdAt: string
}

/** What a member did on the platform and how moderation sees them (GET /admin/users/:id/activity). */
export interface UserActivity {
  content: {
    plans: number
    comments: number
    customTasks: number
    campaigns: number
    products: number
    messages: number
    hidden: number
  }
  adRequests: number
  purchases: number
  followers: number
  credibility: number
  reportsFiled: { total: number; upheld: number; dismissed: number }
  reportsAbout: { open: number; resolved: number; dismissed: number }
  warnings: number
  lastAdminAction: { action: string; createdAt: string } | null
}

export interface AuditLog {
  id: number
  actorId: number | null
  action: string
  targetType: string
  targetId: string
  details: Record<string, unknown>
  ip: string | null
  requestId: string | null
  createdAt: string
}

export interface Report {
  id: number
  targetType: string
  targetId: number
  reason: string
  details: string | null
  status: 'open' | 'claimed' | 'resolved' | 'dismissed'
  action: string | null
  resolutionNote: string | null
  priority: number
  automatic: boolean
  reporterId: number | null
  targetOwnerId: number | null
  claimedBy: number | null
  claimExpiresAt: string | null
  resolvedAt: string | null
  version: number
  createdAt: string
}

/** A report with what a reviewer needs around it (GET /admin/moderation/reports/:id/context). */
export interface ReportContext {
  report: Report
  reporter: { id: number; email: string; fullName: string; credibility: number } | null
  target: {
    type: string
    id: number
    ownerId: number | null
    owner: { id: number; email: string; fullName: string } | null
    excerpt: string | null
    hidden: boolean
    exists: boolean
  }
  /** Every report on the same target, this one included, oldest first. */
  reportsOnTarget: { id: number; reason: string; status: Report['status']; createdAt: string }[]
  /** The audit entries of the decisions on this report and its target, oldest first. */
  history: AuditLog[]
}

export const TARGET_TYPES = [
  'plan',
  'comment',
  'custom_task',
  'campaign',
  'message',
  'product',
  'user',
] as const

export const RESOLUTION_ACTIONS = ['hide', 'warn', 'block', 'none'] as const
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number]

export interface Rule {
  id: number
  name: string
  kind: 'keyword' | 'regex' | 'threshold'
  keywords: string[]
  pattern: string | null
  targetTypes: string[]
  thresholdCount: number | null
  thresholdMinutes: number | null
  action: 'flag' | 'hide' | 'block'
  enabled: boolean
  createdAt: string
}

export interface HitStats {
  hits: number
  misses: number
  hitRatio: number | null
}

export interface CacheStats {
  scope: 'cluster' | 'process'
  /** `ttl` as configured, e.g. `60s`, `30m`. */
  families: Record<string, HitStats & { ttl: string; keys: number | null }>
  totals: HitStats & { keys: number | null }
}

export interface BatchRun {
  id: number
  task: string
  trigger: string
  status: 'running' | 'completed' | 'failed' | 'skipped'
  taskId: string | null
  result: unknown
  error: string | null
  startedAt: string
  finishedAt: string | null
  durationMs: number | null
}

export interface BatchTask {
  name: string
  command: string
  cron: string
  description: string
  paused: boolean
  nextRunAt: string | null
  /** The latest due time (at or before now). */
  lastDueAt: string | null
  /** Its latest due time passed a while ago and no run started since. */
  overdue: boolean
  lastRun: BatchRun | null
}

/** When a scheduler (cron line, schedule:work, in-process) last ticked: `meta.scheduler` of the batch list. */
export interface SchedulerSighting {
  lastSeenAt: string | null
  seenLately: boolean
}

export const FINISHED_STATES = ['completed', 'failed'] as const

export interface Task {
  id: string
  queue: string
  name: string
  state: 'active' | 'waiting' | 'delayed' | 'failed' | 'completed'
  progress: number
  result: unknown
  error: string | null
  attempts: number
  maxAttempts: number
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

/** A `progress` event of a task on its real-time channel. */
export interface TaskEvent {
  taskId: string
  state: Task['state']
  progress: number
}

export interface TaskRef {
  taskId: string
}

export interface DashboardStats {
  users: { total: number; byRole: Record<string, number>; byStatus: Record<string, number> }
  pendingSponsors: number
  campaigns: { total: number; byStatus: Record<string, number> }
  adRequests: { total: number; byStatus: Record<string, number> }
  skillPlans: { total: number }
  reports: { open: number }
  sales: { count: number; revenue: number; currency: string }
}

export interface Charts {
  userGrowth: { bucket: string; count: number; cumulative: number }[]
  campaignActivity: { bucket: string; campaigns: number; adRequests: number; accepted: number }[]
  sales: { bucket: string; count: number; revenue: number }[]
  adRequestStatus: { status: string; count: number }[]
  campaignDistribution: {
    byNiche: { niche: string; count: number }[]
    byStatus: { status: string; count: number }[]
  }
}

/** `GET /admin/health`: readiness plus batch, feed, moderation and queues. */
export interface AdminHealth {
  ready: boolean
  checks: {
    database: { status: 'up' | 'down'; latencyMs: number | null; error?: string }
    redis: { status: 'up' | 'down' | 'memory'; latencyMs: number | null; error?: string }
    queues: {
      status: 'ok' | 'backlog' | 'unknown'
      outboxPending: number
      outboxOldestAt: string | null
    }
    scheduler: { status: 'ok' | 'missing'; lastSeenAt: string | null }
  }
  batch: {
    scheduler: SchedulerSighting
    overdue: number
    tasks: {
      name: string
      paused: boolean
      overdue: boolean
      lastDueAt: string | null
      lastRun: { status: string; startedAt: string; durationMs: number | null } | null
    }[]
  }
  feed: {
    cache: {
      store: 'redis' | 'memory'
      redis: 'up' | 'down' | 'memory'
      ttl: string
      keys: number | null
      hits: number
      misses: number
      hitRatio: number | null
    }
    fanOut: { mode: string; backlog: number }
  }
  moderation: {
    queueSize: number
    open: number
    claimed: number
    oldestOpenAt: string | null
    oldestOpenAgeSeconds: number | null
  }
  queues: {
    name: string
    waiting: number
    active: number
    failed: number
    oldestWaitingAt: string | null
    oldestWaitingAgeSeconds: number | null
  }[]
}
