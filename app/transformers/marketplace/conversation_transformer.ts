import { BaseTransformer } from '@adonisjs/core/transformers'
import type Conversation from '#models/conversation'
import { party } from '#transformers/marketplace/party'

export default class ConversationTransformer extends BaseTransformer<{
  conversation: Conversation
  unread: number
}> {
  toObject() {
    const { conversation: c, unread } = this.resource
    return {
      id: c.id,
      sponsor: party(c.$preloaded.sponsor as Conversation['sponsor'] | undefined) ?? {
        id: c.sponsorId,
      },
      influencer: party(c.$preloaded.influencer as Conversation['influencer'] | undefined) ?? {
        id: c.influencerId,
      },
      unread,
      lastMessageAt: c.lastMessageAt?.toISO() ?? null,
      createdAt: c.createdAt.toISO(),
    }
  }
}
