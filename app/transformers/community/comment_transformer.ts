import { BaseTransformer } from '@adonisjs/core/transformers'
import type Comment from '#models/comment'
import { planAuthor } from '#transformers/community/plan_author'

/** A comment in a thread; `visible` is false for a deleted, hidden or blocked author's comment kept as a placeholder. */
export interface CommentNode {
  comment: Comment
  visible: boolean
  replies: CommentNode[]
}

export const DELETED_BODY = '[deleted]'

interface CommentObject {
  id: number
  planId: number
  parentId: number | null
  depth: number
  body: string
  deleted: boolean
  author: ReturnType<typeof planAuthor>
  createdAt: string | null
  updatedAt: string | null
  replies: CommentObject[]
}

function toObject({ comment: c, visible, replies }: CommentNode): CommentObject {
  return {
    id: c.id,
    planId: c.planId,
    parentId: c.parentId,
    depth: c.depth,
    body: visible ? c.body : DELETED_BODY,
    deleted: !visible,
    author: visible ? planAuthor(c.$preloaded.author as Comment['author'] | undefined) : null,
    createdAt: c.createdAt.toISO(),
    updatedAt: visible ? c.updatedAt.toISO() : null,
    replies: replies.map(toObject),
  }
}

export default class CommentTransformer extends BaseTransformer<CommentNode> {
  toObject() {
    return toObject(this.resource)
  }
}
