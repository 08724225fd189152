import { BaseTransformer } from '@adonisjs/core/transformers'
import type Message from '#models/message'
import {
  boolean,
  dateTime,
  integer,
  nullable,
  object,
  string,
  type Infer,
} from '#platform/openapi/schema'
import { iso } from '#transformers/support'

export const messageSchema = object({
  id: integer(),
  conversationId: integer(),
  senderId: integer(),
  adRequestId: nullable(integer()),
  body: string(),
  read: boolean(),
  createdAt: dateTime(),
})

export default class MessageTransformer extends BaseTransformer<Message> {
  toObject(): Infer<typeof messageSchema> {
    const m = this.resource
    return {
      id: m.id,
      conversationId: m.conversationId,
      senderId: m.senderId,
      adRequestId: m.adRequestId ?? null,
      body: m.body,
      read: Boolean(m.readAt),
      createdAt: iso(m.createdAt),
    }
  }
}
