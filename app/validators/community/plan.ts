import vine from '@vinejs/vine'
import { DIFFICULTIES, PLAN_VISIBILITIES } from '#models/skill_plan'

export const MAX_DURATION_DAYS = 365
export const MAX_TAGS = 10
export const MAX_TASKS = 1000

const task = vine.object({
  day: vine.number().withoutDecimals().min(1).max(MAX_DURATION_DAYS),
  title: vine.string().trim().minLength(1).maxLength(200),
  description: vine.string().trim().maxLength(2000).optional(),
})

const fields = {
  title: vine.string().trim().minLength(3).maxLength(160),
  description: vine.string().trim().minLength(1).maxLength(5000),
  category: vine.string().trim().toLowerCase().minLength(1).maxLength(60),
  difficulty: vine.enum(DIFFICULTIES),
  durationDays: vine.number().withoutDecimals().min(1).max(MAX_DURATION_DAYS),
  tags: vine
    .array(vine.string().trim().toLowerCase().minLength(1).maxLength(40))
    .maxLength(MAX_TAGS),
  visibility: vine.enum(PLAN_VISIBILITIES),
  // Each task's day must also fall within durationDays; the service checks that against the plan.
  tasks: vine.array(task).minLength(1).maxLength(MAX_TASKS),
}

export const createPlanValidator = vine.create({
  ...fields,
  tags: fields.tags.optional(),
  visibility: fields.visibility.optional(),
})

export const updatePlanValidator = vine.create({
  title: fields.title.optional(),
  description: fields.description.optional(),
  category: fields.category.optional(),
  difficulty: fields.difficulty.optional(),
  durationDays: fields.durationDays.optional(),
  tags: fields.tags.optional(),
  visibility: fields.visibility.optional(),
  tasks: fields.tasks.optional(),
})
