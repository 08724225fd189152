import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import Conversation from '#models/conversation'
import Message from '#models/message'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import NotificationService from '#services/notifications/notification_service'
import RealtimeService from '#platform/realtime/realtime_service'
import ContentScanner from '#services/moderation/content_scanner'
import MessageTransformer from '#transformers/marketplace/message_transformer'
import { apiSerializer } from '#platform/http/api_serializer'
import { sqlNow } from '#platform/db/time'
import { ensureCounterpartAvailable } from '#services/marketplace/counterpart'
import { isBlockedBy } from '#services/community/people'

/**
 * One conversation per sponsor–influencer pair, opened once they share an ad
 * request. New messages are pushed to the other party over SSE; none is sent
 * to a blocked or deleted party.
 */
@inject()
export default class ChatService {
  constructor(
    private notifications: NotificationService,
    private realtime: RealtimeService,
    private scanner: ContentScanner
  ) {}

  async start(actor: User, participantId: number) {
    const other = await User.find(participantId)
    const pair = other ? this.pairOf(actor, other) : null
    if (!other || !pair)
      throw AppException.invalid(
        'participantId',
        'You can only chat with a brand or influencer you work with'
      )
    const linked = await db
      .from('ad_requests')
      .where({ sponsor_id: pair.sponsorId, influencer_id: pair.influencerId })
      .first()
    if (!linked)
      throw AppException.forbidden(
        'E_NO_AD_REQUEST',
        'A conversation starts from an ad request between you two'
      )
    await ensureCounterpartAvailable(other.id)
    await this.#ensureNotBlocked(actor, other.id)
    if (!other.canAct)
      throw AppException.invalid(
        'participantId',
        'You can only chat with a brand or influencer you work with'
      )
    const existing = await Conversation.query()
      .where('sponsor_id', pair.sponsorId)
      .where('influencer_id', pair.influencerId)
      .first()
    if (existing) return existing
    try {
      return await Conversation.create(pair)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      return Conversation.query()
        .where('sponsor_id', pair.sponsorId)
        .where('influencer_id', pair.influencerId)
        .firstOrFail()
    }
  }

  /** The actor's conversations with the last message and the unread count. */
  async list(actor: User) {
    const conversations = await Conversation.query()
      .where((q) => q.where('sponsor_id', actor.id).orWhere('influencer_id', actor.id))
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
      .preload('influencer', (q) => q.preload('influencerProfile'))
      .orderByRaw('coalesce(last_message_at, created_at) desc')
      .limit(200)
    const ids = conversations.map((c) => c.id)
    const unread = ids.length
      ? await db
          .from('messages')
          .whereIn('conversation_id', ids)
          .whereNot('sender_id', actor.id)
          .whereNull('read_at')
          .whereNull('hidden_at')
          .groupBy('conversation_id')
          .select('conversation_id')
          .count('* as total')
      : []
    const counts = new Map(unread.map((row) => [Number(row.conversation_id), Number(row.total)]))
    return conversations.map((conversation) => ({
      conversation,
      unread: counts.get(conversation.id) ?? 0,
    }))
  }

  async find(actor: User, id: number) {
    const conversation = await Conversation.query()
      .where('id', id)
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
      .preload('influencer', (q) => q.preload('influencerProfile'))
      .first()
    if (!conversation || (!conversation.isParty(actor.id) && !actor.isAdmin))
      throw AppException.notFound('Conversation')
    return conversation
  }

  /** Newest first, `before` a message id (cursor); returns the next cursor when there is more. */
  async messages(conversation: Conversation, before: number | undefined, limit = 50) {
    const query = Message.query()
      .where('conversation_id', conversation.id)
      .whereNull('hidden_at')
      .orderBy('id', 'desc')
      .limit(limit + 1)
    if (before) query.where('id', '<', before)
    const rows = await query
    const more = rows.length > limit
    const page = rows.slice(0, limit)
    return { messages: page, nextCursor: more ? page[page.length - 1].id : null }
  }

  async send(actor: User, conversation: Conversation, body: string, adRequestId?: number) {
    if (!conversation.isParty(actor.id)) throw AppException.notFound('Conversation')
    await ensureCounterpartAvailable(conversation.counterpartOf(actor.id))
    await this.#ensureNotBlocked(actor, conversation.counterpartOf(actor.id))
    if (adRequestId) {
      const linked = await db
        .from('ad_requests')
        .where({
          id: adRequestId,
          sponsor_id: conversation.sponsorId,
          influencer_id: conversation.influencerId,
        })
        .first()
      if (!linked)
        throw AppException.invalid('adRequestId', 'This ad request is not between the two of you')
    }
    const message = await db.transaction(async (trx) => {
      const created = await Message.create(
        {
          conversationId: conversation.id,
          senderId: actor.id,
          body,
          adRequestId: adRequestId ?? null,
        },
        { client: trx }
      )
      await Conversation.query({ client: trx })
        .where('id', conversation.id)
        .update({ last_message_at: sqlNow(), updated_at: sqlNow() })
      return created
    })
    const flagged = await this.scanner.scan('message', message.id, [body])
    if (flagged && flagged.action !== 'flag') return message.refresh()
    const recipient = conversation.counterpartOf(actor.id)
    const payload = await apiSerializer.serializeWithoutWrapping(
      MessageTransformer.transform(message)
    )
    this.realtime.toUser(recipient, 'message', payload)
    await this.notifications.notify({
      userId: recipient,
      type: 'message.received',
      groupKey: `message.conversation:${conversation.id}`,
      actor: { id: actor.id, name: actor.fullName },
      body: body.slice(0, 200),
      data: { conversationId: conversation.id },
      countEvery: true,
    })
    return message
  }

  async markRead(actor: User, conversation: Conversation) {
    if (!conversation.isParty(actor.id)) throw AppException.notFound('Conversation')
    const updated = await Message.query()
      .where('conversation_id', conversation.id)
      .whereNot('sender_id', actor.id)
      .whereNull('read_at')
      .update({ read_at: sqlNow() })
    await db
      .from('notifications')
      .where({ user_id: actor.id, group_key: `message.conversation:${conversation.id}` })
      .whereNull('read_at')
      .update({ read_at: sqlNow() })
    return Number(Array.isArray(updated) ? updated[0] : updated)
  }

  private pairOf(a: User, b: User) {
    if (a.role === 'sponsor' && b.role === 'influencer')
      return { sponsorId: a.id, influencerId: b.id }
    if (a.role === 'influencer' && b.role === 'sponsor')
      return { sponsorId: b.id, influencerId: a.id }
    return null
  }

  /** A member who blocked the sender takes no messages from them; the sender is not told why. */
  async #ensureNotBlocked(actor: User, counterpartId: number) {
    if (await isBlockedBy(actor, counterpartId))
      throw AppException.conflict(
        'E_COUNTERPART_UNAVAILABLE',
        'This member is not available for messages'
      )
  }
}
