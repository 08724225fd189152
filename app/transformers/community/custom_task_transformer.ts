import { BaseTransformer } from '@adonisjs/core/transformers'
import type CustomTask from '#models/custom_task'
import { planAuthor } from '#transformers/community/plan_author'

export default class CustomTaskTransformer extends BaseTransformer<{
  task: CustomTask
  myVote: number | null
}> {
  toObject() {
    const { task: t, myVote } = this.resource
    return {
      id: t.id,
      planId: t.planId,
      day: t.day,
      title: t.title,
      description: t.description,
      score: t.score,
      myVote,
      author: planAuthor(t.$preloaded.author as CustomTask['author'] | undefined) ?? {
        id: t.userId,
      },
      createdAt: t.createdAt.toISO(),
    }
  }
}
