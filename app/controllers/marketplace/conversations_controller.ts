import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ConversationPolicy from '#policies/marketplace/conversation_policy'
import ChatService from '#services/marketplace/chat_service'
import ConversationTransformer from '#transformers/marketplace/conversation_transformer'
import MessageTransformer from '#transformers/marketplace/message_transformer'
import {
  listMessagesValidator,
  sendMessageValidator,
  startConversationValidator,
} from '#validators/marketplace/chat'
import { routeId } from '#platform/http/ids'

@inject()
export default class ConversationsController {
  constructor(private chat: ChatService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ConversationPolicy).authorize('use')
    return ctx.serialize(
      ConversationTransformer.transform(await this.chat.list(ctx.auth.getUserOrFail()))
    )
  }

  /** Opens (or returns) the conversation with a brand/influencer you share an ad request with. */
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ConversationPolicy).authorize('use')
    const { participantId } = await ctx.request.validateUsing(startConversationValidator)
    const conversation = await this.chat.start(ctx.auth.getUserOrFail(), participantId)
    const loaded = await this.chat.find(ctx.auth.getUserOrFail(), conversation.id)
    return ctx.serialize(ConversationTransformer.transform({ conversation: loaded, unread: 0 }))
  }

  async messages(ctx: HttpContext) {
    const conversation = await this.chat.find(ctx.auth.getUserOrFail(), routeId(ctx))
    await ctx.bouncer.with(ConversationPolicy).authorize('read', conversation)
    const { before, limit } = await listMessagesValidator.validate(ctx.request.qs())
    const page = await this.chat.messages(conversation, before, limit)
    return ctx.serialize(MessageTransformer.transform(page.messages), {
      nextCursor: page.nextCursor,
    })
  }

  async send(ctx: HttpContext) {
    const conversation = await this.chat.find(ctx.auth.getUserOrFail(), routeId(ctx))
    await ctx.bouncer.with(ConversationPolicy).authorize('write', conversation)
    const { body, adRequestId } = await ctx.request.validateUsing(sendMessageValidator)
    const message = await this.chat.send(ctx.auth.getUserOrFail(), conversation, body, adRequestId)
    ctx.response.status(201)
    return ctx.serialize(MessageTransformer.transform(message))
  }

  async read(ctx: HttpContext) {
    const conversation = await this.chat.find(ctx.auth.getUserOrFail(), routeId(ctx))
    await ctx.bouncer.with(ConversationPolicy).authorize('write', conversation)
    const marked = await this.chat.markRead(ctx.auth.getUserOrFail(), conversation)
    return ctx.serialize({ marked })
  }
}
