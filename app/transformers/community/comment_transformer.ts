import { BaseTransformer } from '@adonisjs/core/transformers'
import type Comment from '#models/comment'
import { MAX_COMMENT_DEPTH } from '#models/comment'
import {
  array,
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  ref,
  refTo,
  string,
  type ObjectOf,
} from '#platform/openapi/schema'
import { planAuthor, planAuthorSchema } from '#transformers/community/plan_author'
import { iso } from '#transformers/support'

/** A comment in a thread; `visible` is false for a deleted, hidden or blocked author's comment kept as a placeholder. */
export interface CommentNode {
  comment: Comment
  visible: boolean
  replies: CommentNode[]
}

export const DELETED_BODY = '[deleted]'

const fields = {
  id: integer(),
  planId: integer(),
  parentId: nullable(integer()),
  depth: integer({ minimum: 0, maximum: MAX_COMMENT_DEPTH }),
  body: string({ description: '"[deleted]" for a placeholder' }),
  deleted: boolean({
    description: 'A placeholder for a comment that is gone but has visible replies',
  }),
  author: nullable(refTo('PlanAuthor', planAuthorSchema)),
  createdAt: dateTime(),
  updatedAt: nullable(dateTime()),
}

type CommentObject = ObjectOf<typeof fields> & { replies: CommentObject[] }

export const commentSchema = object({
  ...fields,
  replies: array(ref<CommentObject>('PlanComment'), { description: 'Oldest first' }),
})

function toObject({ comment: c, visible, replies }: CommentNode): CommentObject {
  return {
    id: c.id,
    planId: c.planId,
    parentId: c.parentId,
    depth: c.depth,
    body: visible ? c.body : DELETED_BODY,
    deleted: !visible,
    author: visible ? planAuthor(c.$preloaded.author as Comment['author'] | undefined) : null,
    createdAt: iso(c.createdAt),
    updatedAt: visible ? iso(c.updatedAt) : null,
    replies: replies.map(toObject),
  }
}

export default class CommentTransformer extends BaseTransformer<CommentNode> {
  toObject() {
    return toObject(this.resource)
  }
}
