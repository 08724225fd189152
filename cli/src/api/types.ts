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
  sponsorProfile: { companyName: string; industry: string | null; budget: number | null; website: string | null } | null
  createdAt: string
}

export interface PageMeta {
  total: number
  perPage: number
  currentPage: number
  lastPage: number
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
  lastRun: BatchRun | null
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
  campaignDistribution: { byNiche: { niche: string; count: number }[]; byStatus: { status: string; count: number }[] }
}
