import type User from '#models/user'
import type GiftRecommendation from '#models/gift_recommendation'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import { mayAct, notFound } from '#policies/account_state'

export default class RecommendationPolicy extends BasePolicy {
  interact(user: User, recommendation: GiftRecommendation): AuthorizerResponse {
    if (recommendation.userId !== user.id) return notFound('Recommendation')
    return mayAct(user, ['shopper'])
  }
}
