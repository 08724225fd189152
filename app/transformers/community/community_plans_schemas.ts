/**
 * The OpenAPI schemas of what this module's transformers write (app/platform/openapi/paths/community_plans.ts references them).
 */
import { MAX_COMMENT_DEPTH } from '#models/comment'
import { DIFFICULTIES, PLAN_VISIBILITIES } from '#models/skill_plan'
import { ROLES } from '#models/user'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  ref,
  string,
} from '#platform/openapi/schema'

export const viewerState = {
  likedByMe: boolean(),
  myRating: nullable(integer({ minimum: 1, maximum: 5 })),
  downloadedByMe: boolean(),
}

export const summary = {
  id: integer(),
  title: string(),
  description: string(),
  category: string(),
  difficulty: oneOf(DIFFICULTIES),
  durationDays: integer(),
  tags: array(string()),
  visibility: oneOf(PLAN_VISIBILITIES),
  hidden: boolean({ description: 'Hidden by moderation: only its owner and admins see it' }),
  owner: ref('PlanAuthor'),
  likesCount: integer({ minimum: 0 }),
  downloadsCount: integer({ minimum: 0, description: 'Distinct users (the owner not counted)' }),
  commentsCount: integer({ minimum: 0, description: 'Comments not deleted' }),
  ratingsCount: integer({ minimum: 0 }),
  averageRating: nullable(
    number({
      minimum: 1,
      maximum: 5,
      description: 'ratings sum / ratings count, 2 decimals; null without ratings',
    })
  ),
  createdAt: dateTime(),
  updatedAt: dateTime(),
}

export const comment = object({
  id: integer(),
  planId: integer(),
  parentId: nullable(integer()),
  depth: integer({ minimum: 0, maximum: MAX_COMMENT_DEPTH }),
  body: string({ description: '"[deleted]" for a placeholder' }),
  deleted: boolean({
    description: 'A placeholder for a comment that is gone but has visible replies',
  }),
  author: nullable(ref('PlanAuthor')),
  createdAt: dateTime(),
  updatedAt: nullable(dateTime()),
  replies: array(ref('PlanComment'), { description: 'Oldest first' }),
})

export const communityPlansSchemas = {
  PlanAuthor: object({ id: integer(), fullName: string(), role: oneOf(ROLES) }),
  SkillPlan: object(summary, {
    likedByMe: viewerState.likedByMe,
    myRating: viewerState.myRating,
    downloadedByMe: viewerState.downloadedByMe,
  }),
  SkillPlanDetail: object({
    ...summary,
    ...viewerState,
    tasks: array(
      object({
        id: integer(),
        day: integer({ minimum: 1 }),
        position: integer({ minimum: 1 }),
        title: string(),
        description: nullable(string()),
      })
    ),
  }),
  PlanComment: comment,
  PlanRoom: object({
    planId: integer(),
    count: integer({ minimum: 0, description: 'Members in the room now' }),
    channel: string({
      examples: ['plan-rooms/12'],
      description: 'Subscribe your stream to it for `count` events `{ planId, count }`',
    }),
    visitorsChannel: nullable(
      string({
        examples: ['plan-visitors/12'],
        description:
          'Owner and admins only (null for others): `joined` and `left` events `{ planId, member: PlanAuthor | null, count }`',
      })
    ),
    ttlSeconds: integer({
      minimum: 1,
      description: 'A member stays this long after their last heartbeat (PLAN_ROOM_TTL)',
    }),
    heartbeatSeconds: integer({ minimum: 1, description: 'Send a heartbeat this often' }),
  }),
  RoomMember: object({
    id: integer(),
    fullName: string(),
    role: oneOf(ROLES),
    lastSeenAt: dateTime(),
  }),
  CustomTask: object({
    id: integer(),
    planId: integer(),
    day: integer({ minimum: 1 }),
    title: string(),
    description: nullable(string()),
    score: integer({ description: 'Sum of the votes (+1 / -1)' }),
    myVote: nullable(integer({ enum: [1, -1], description: 'Your vote' })),
    author: ref('PlanAuthor'),
    createdAt: dateTime(),
  }),
}
