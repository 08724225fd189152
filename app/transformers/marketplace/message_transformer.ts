import { BaseTransformer } from '@adonisjs/core/transformers'
import type Message from '#models/message'

export default class MessageTransformer extends BaseTransformer<Message> {
  toObject() {
    const m = this.resource
    return {
      id: m.id,
      conversationId: m.conversationId,
      senderId: m.senderId,
      adRequestId: m.adRequestId ?? null,
      body: m.body,
      read: Boolean(m.readAt),
      createdAt: m.createdAt.toISO(),
    }
  }
}
