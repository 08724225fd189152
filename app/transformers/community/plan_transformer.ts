import { BaseTransformer } from '@adonisjs/core/transformers'
import type SkillPlan from '#models/skill_plan'
import type PlanTask from '#models/plan_task'
import { DIFFICULTIES, PLAN_VISIBILITIES } from '#models/skill_plan'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  number,
  object,
  oneOf,
  refTo,
  string,
  type Infer,
  type ObjectOf,
} from '#platform/openapi/schema'
import { planAuthor, planAuthorSchema } from '#transformers/community/plan_author'
import { iso, required } from '#transformers/support'

/** What a plan looks like to one viewer; never part of a cached plan. */
const viewerState = {
  likedByMe: boolean(),
  myRating: nullable(integer({ minimum: 1, maximum: 5 })),
  downloadedByMe: boolean(),
}
export type PlanViewerState = ObjectOf<typeof viewerState>

const summary = {
  id: integer(),
  title: string(),
  description: string(),
  category: string(),
  difficulty: oneOf(DIFFICULTIES),
  durationDays: integer(),
  tags: array(string()),
  visibility: oneOf(PLAN_VISIBILITIES),
  hidden: boolean({ description: 'Hidden by moderation: only its owner and admins see it' }),
  owner: refTo('PlanAuthor', planAuthorSchema),
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

export const planSchema = object(summary, viewerState)

export const planDetailSchema = object({
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
})

/** The shared (cached) part of a plan's detail: PlanService adds the viewer's state. */
type SharedDetail = Omit<Infer<typeof planDetailSchema>, keyof PlanViewerState>

export default class PlanTransformer extends BaseTransformer<SkillPlan> {
  constructor(
    resource: SkillPlan,
    private viewer?: PlanViewerState
  ) {
    super(resource)
  }

  toObject(): Infer<typeof planSchema> {
    const p = this.resource
    const owner = p.$preloaded.owner as SkillPlan['owner'] | undefined
    return {
      id: p.id,
      title: p.title,
      description: p.description,
      category: p.category,
      difficulty: p.difficulty,
      durationDays: p.durationDays,
      tags: p.tags,
      visibility: p.visibility,
      hidden: Boolean(p.hiddenAt),
      owner: planAuthor(required(owner, `SkillPlan ${p.id} owner (preload)`)),
      likesCount: p.likesCount,
      downloadsCount: p.downloadsCount,
      commentsCount: p.commentsCount,
      ratingsCount: p.ratingsCount,
      averageRating: p.averageRating,
      createdAt: iso(p.createdAt),
      updatedAt: iso(p.updatedAt),
      ...this.viewer,
    }
  }

  /** The full plan: the summary and its day-by-day tasks (`tasks` preloaded, ordered). */
  forDetail(): SharedDetail {
    const tasks = (this.resource.$preloaded.tasks as PlanTask[] | undefined) ?? []
    return {
      ...this.toObject(),
      tasks: tasks.map((task) => ({
        id: task.id,
        day: task.day,
        position: task.position,
        title: task.title,
        description: task.description,
      })),
    }
  }
}
