import { inject } from '@adonisjs/core'
import type AdRequest from '#models/ad_request'
import type Campaign from '#models/campaign'
import type User from '#models/user'
import NotificationService from '#services/notifications/notification_service'
import type { NotificationType } from '#services/notifications/notification_types'

/** Tells the other party of an ad request what happened (in-app + SSE push). */
@inject()
export default class AdRequestEvents {
  constructor(private notifications: NotificationService) {}

  received(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.received', request, campaign, actor, `received:${request.counterpartOf(actor.id)}:${campaign.id}`)
  }

  countered(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.countered', request, campaign, actor, `countered:${request.id}`)
  }

  accepted(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.accepted', request, campaign, actor, `accepted:${request.id}`)
  }

  rejected(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.rejected', request, campaign, actor, `rejected:${request.id}`)
  }

  completed(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.completed', request, campaign, actor, `completed:${request.id}`)
  }

  private notify(type: NotificationType, request: AdRequest, campaign: Campaign, actor: User, key: string) {
    return this.notifications.notify({
      userId: request.counterpartOf(actor.id),
      type,
      groupKey: `ad_request.${key}`,
      actor: { id: actor.id, name: actor.fullName },
      data: { adRequestId: request.id, campaignId: campaign.id, campaignName: campaign.name, amount: request.paymentAmount, status: request.status },
    })
  }
}
