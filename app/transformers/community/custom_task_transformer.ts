import { BaseTransformer } from '@adonisjs/core/transformers'
import type CustomTask from '#models/custom_task'
import {
  dateTime,
  integer,
  nullable,
  object,
  refTo,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { planAuthor, planAuthorSchema } from '#transformers/community/plan_author'
import { iso, required } from '#transformers/support'

export const customTaskSchema = object({
  id: integer(),
  planId: integer(),
  day: integer({ minimum: 1 }),
  title: string(),
  description: nullable(string()),
  score: integer({ description: 'Sum of the votes (+1 / -1)' }),
  myVote: nullable(integer({ enum: [1, -1], description: 'Your vote' })),
  author: refTo('PlanAuthor', planAuthorSchema),
  createdAt: dateTime(),
})

export default class CustomTaskTransformer extends BaseTransformer<{
  task: CustomTask
  myVote: number | null
}> {
  toObject(): Infer<typeof customTaskSchema> {
    const { task: t, myVote } = this.resource
    const author = t.$preloaded.author as CustomTask['author'] | undefined
    return {
      id: t.id,
      planId: t.planId,
      day: t.day,
      title: t.title,
      description: t.description,
      score: t.score,
      myVote,
      author: planAuthor(required(author, `CustomTask ${t.id} author (preload)`)),
      createdAt: iso(t.createdAt),
    }
  }
}
