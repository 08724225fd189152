import { BaseTransformer } from '@adonisjs/core/transformers'
import type Conversation from '#models/conversation'
import { dateTime, integer, nullable, object, refTo, type Infer } from '#platform/openapi/schema'
import { party, partySchema } from '#transformers/marketplace/party'
import { iso, isoOrNull, required } from '#transformers/support'

export const conversationSchema = object({
  id: integer(),
  sponsor: refTo('MarketplaceParty', partySchema),
  influencer: refTo('MarketplaceParty', partySchema),
  unread: integer({ minimum: 0, description: 'Messages from the other party you have not read' }),
  lastMessageAt: nullable(dateTime()),
  createdAt: dateTime(),
})

export default class ConversationTransformer extends BaseTransformer<{
  conversation: Conversation
  unread: number
}> {
  toObject(): Infer<typeof conversationSchema> {
    const { conversation: c, unread } = this.resource
    const sponsor = c.$preloaded.sponsor as Conversation['sponsor'] | undefined
    const influencer = c.$preloaded.influencer as Conversation['influencer'] | undefined
    return {
      id: c.id,
      sponsor: party(required(sponsor, `Conversation ${c.id} sponsor (preload)`)),
      influencer: party(required(influencer, `Conversation ${c.id} influencer (preload)`)),
      unread,
      lastMessageAt: isoOrNull(c.lastMessageAt),
      createdAt: iso(c.createdAt),
    }
  }
}
