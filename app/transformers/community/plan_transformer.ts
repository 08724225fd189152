import { BaseTransformer } from '@adonisjs/core/transformers'
import type SkillPlan from '#models/skill_plan'
import type PlanTask from '#models/plan_task'
import { planAuthor } from '#transformers/community/plan_author'

/** What a plan looks like to one viewer; never part of a cached plan. */
export interface PlanViewerState {
  likedByMe: boolean
  myRating: number | null
  downloadedByMe: boolean
}

export default class PlanTransformer extends BaseTransformer<SkillPlan> {
  constructor(
    resource: SkillPlan,
    private viewer?: PlanViewerState
  ) {
    super(resource)
  }

  toObject() {
    const p = this.resource
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
      owner: planAuthor(p.$preloaded.owner as SkillPlan['owner'] | undefined) ?? { id: p.ownerId },
      likesCount: p.likesCount,
      downloadsCount: p.downloadsCount,
      commentsCount: p.commentsCount,
      ratingsCount: p.ratingsCount,
      averageRating: p.averageRating,
      createdAt: p.createdAt.toISO(),
      updatedAt: p.updatedAt.toISO(),
      ...this.viewer,
    }
  }

  /** The full plan: the summary and its day-by-day tasks (`tasks` preloaded, ordered). */
  forDetail() {
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
