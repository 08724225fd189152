/**
 * The server's response shapes, from the OpenAPI document (`generated.ts`,
 * written by `npm run contract:types`): names the CLI reads, nothing restated.
 */
import type { components, paths } from './generated.js'

type Schemas = components['schemas']

type SuccessStatus = 200 | 201 | 202
type JsonBody<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : never

/** The JSON body of an operation's success response. */
export type ResponseBody<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'put' | 'patch' | 'delete',
> = paths[Path][Method] extends { responses: infer Responses }
  ? JsonBody<Responses[Extract<keyof Responses, SuccessStatus>]>
  : never

/** `data` of an operation's success envelope (the item type for a list). */
export type ResponseData<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'put' | 'patch' | 'delete',
> = ResponseBody<Path, Method> extends { data: infer Data } ? Data : never

export type TokenPair = Schemas['TokenPair']
export type User = Schemas['User']
export type UserActivity = Schemas['MemberActivity']
export type AuditLog = Schemas['AuditLog']
export type Report = Schemas['Report']
export type ReportContext = Schemas['ReportContext']
export type Rule = Schemas['ModerationRule']
export type CacheStats = Schemas['CacheStats']
export type BatchRun = Schemas['BatchRun']
export type BatchTask = Schemas['BatchTask']
export type SchedulerSighting = Schemas['SchedulerSighting']
export type AdminHealth = Schemas['AdminHealth']
export type Task = Schemas['Task']
export type DashboardStats = Schemas['DashboardStats']
export type Behaviour = Schemas['Behaviour']
export type SwipeAnalytics = Schemas['SwipeAnalytics']
export type LoginAnswer = ResponseData<'/api/v1/auth/login', 'post'>
export type TaskRef = ResponseData<'/api/v1/admin/seed', 'post'>

const CHARTS = '/api/v1/admin/dashboard/charts'
export interface Charts {
  userGrowth: ResponseData<`${typeof CHARTS}/user-growth`, 'get'>
  campaignActivity: ResponseData<`${typeof CHARTS}/campaign-activity`, 'get'>
  sales: ResponseData<`${typeof CHARTS}/sales`, 'get'>
  adRequestStatus: ResponseData<`${typeof CHARTS}/ad-request-status`, 'get'>
  campaignDistribution: ResponseData<`${typeof CHARTS}/campaign-distribution`, 'get'>
}

/** A `progress` event of a task on its real-time channel (the stream's payloads are not in the document). */
export interface TaskEvent {
  taskId: string
  state: Task['state']
  progress: number
}

export const TARGET_TYPES = [
  'plan',
  'comment',
  'custom_task',
  'campaign',
  'message',
  'product',
  'user',
] as const satisfies readonly Report['targetType'][]

export const RESOLUTION_ACTIONS = [
  'hide',
  'warn',
  'block',
  'none',
] as const satisfies readonly NonNullable<Report['action']>[]
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number]

export const FINISHED_STATES = ['completed', 'failed'] as const satisfies readonly Task['state'][]
