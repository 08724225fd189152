import { inject } from '@adonisjs/core'
import type AdRequest from '#models/ad_request'
import type Campaign from '#models/campaign'
import User from '#models/user'
import { mailUser } from '#mails/registry'
import MailService from '#platform/mail/mail_service'
import { formatMoney } from '#services/marketplace/money'
import NotificationService from '#services/notifications/notification_service'
import type { NotificationType } from '#services/notifications/notification_types'

/** Tells the other party of an ad request what happened (in-app + SSE push). */
@inject()
export default class AdRequestEvents {
  constructor(
    private notifications: NotificationService,
    private mail: MailService
  ) {}

  received(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify(
      'ad_request.received',
      request,
      campaign,
      actor,
      `received:${request.counterpartOf(actor.id)}:${campaign.id}`
    )
  }

  countered(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.countered', request, campaign, actor, `countered:${request.id}`)
  }

  updated(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.updated', request, campaign, actor, `updated:${request.id}`)
  }

  withdrawn(request: AdRequest, campaign: Campaign, actor: User) {
    return this.notify('ad_request.withdrawn', request, campaign, actor, `withdrawn:${request.id}`)
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

  /** Also e-mailed: the other party has to act on these (or know the deal is settled). */
  private static EMAILED: NotificationType[] = [
    'ad_request.received',
    'ad_request.updated',
    'ad_request.withdrawn',
    'ad_request.accepted',
    'ad_request.rejected',
    'ad_request.completed',
  ]

  private async notify(
    type: NotificationType,
    request: AdRequest,
    campaign: Campaign,
    actor: User,
    key: string
  ) {
    const notification = await this.notifications.notify({
      userId: request.counterpartOf(actor.id),
      type,
      groupKey: `ad_request.${key}`,
      actor: { id: actor.id, name: actor.fullName },
      data: {
        adRequestId: request.id,
        campaignId: campaign.id,
        campaignName: campaign.name,
        amount: request.paymentAmount,
        status: request.status,
      },
    })
    if (!notification || !AdRequestEvents.EMAILED.includes(type)) return notification
    const recipient = await User.find(notification.userId)
    if (recipient && !recipient.blockedAt) {
      const body = `${campaign.name}: ${formatMoney(request.agreedAmount ?? request.paymentAmount, campaign.currency)}`
      await this.mail.send('notification', {
        user: mailUser(recipient),
        title: notification.title,
        body,
      })
    }
    return notification
  }
}
