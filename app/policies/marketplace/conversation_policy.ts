import type User from '#models/user'
import type Conversation from '#models/conversation'
import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'

export default class ConversationPolicy extends BasePolicy {
  use(user: User): AuthorizerResponse {
    return mayAct(user, ['sponsor', 'influencer'])
  }

  /** The two parties; admins read through moderation (read-only). */
  read(user: User, conversation: Conversation): AuthorizerResponse {
    return user.isAdmin || conversation.isParty(user.id) ? true : notFound('Conversation')
  }

  /** Admins may read a conversation, so for them it exists: writing is forbidden, not missing. */
  write(user: User, conversation: Conversation): AuthorizerResponse {
    if (!conversation.isParty(user.id))
      return user.isAdmin
        ? AuthorizationResponse.deny('Admins read conversations but do not write in them', 403)
        : notFound('Conversation')
    return mayAct(user, ['sponsor', 'influencer'])
  }
}
