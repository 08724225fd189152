/**
 * Every in-app notification type, with how its title reads for one actor or
 * for a group of them. Data carries what the titles need (names, titles).
 */
export interface NotificationContext {
  count: number
  actorName?: string
  data: Record<string, unknown>
}

type Title = (ctx: NotificationContext) => string

const people = (ctx: NotificationContext, one: string, many: string) =>
  ctx.count > 1 ? `${ctx.count} ${many}` : `${ctx.actorName ?? 'Someone'} ${one}`

export const NOTIFICATION_TYPES = {
  'ad_request.received': (c) =>
    people(
      c,
      `sent you an ad request for "${c.data.campaignName}"`,
      `new ad requests for "${c.data.campaignName}"`
    ),
  'ad_request.countered': (c) =>
    people(
      c,
      `made a counter-offer on "${c.data.campaignName}"`,
      `counter-offers on "${c.data.campaignName}"`
    ),
  'ad_request.updated': (c) =>
    `${c.actorName ?? 'The brand'} changed the terms of the ad request for "${c.data.campaignName}"`,
  'ad_request.withdrawn': (c) =>
    `${c.actorName ?? 'The other party'} withdrew the ad request for "${c.data.campaignName}"`,
  'ad_request.accepted': (c) =>
    `${c.actorName ?? 'The other party'} accepted the ad request for "${c.data.campaignName}"`,
  'ad_request.rejected': (c) =>
    `${c.actorName ?? 'The other party'} declined the ad request for "${c.data.campaignName}"`,
  'ad_request.completed': (c) => `The ad request for "${c.data.campaignName}" is completed`,
  'message.received': (c) =>
    c.count > 1 ? `${c.count} new messages from ${c.actorName}` : `New message from ${c.actorName}`,
  'plan.liked': (c) =>
    people(
      c,
      `liked your plan "${c.data.planTitle}"`,
      `people liked your plan "${c.data.planTitle}"`
    ),
  'plan.commented': (c) =>
    people(c, `commented on "${c.data.planTitle}"`, `new comments on "${c.data.planTitle}"`),
  'comment.replied': (c) =>
    people(
      c,
      `replied to your comment on "${c.data.planTitle}"`,
      `replies to your comment on "${c.data.planTitle}"`
    ),
  'plan.rated': (c) =>
    people(c, `rated "${c.data.planTitle}"`, `new ratings on "${c.data.planTitle}"`),
  'user.followed': (c) => people(c, 'started following you', 'new followers'),
  'plan.download_milestone': (c) => `"${c.data.planTitle}" reached ${c.data.milestone} downloads`,
  'plan.custom_task': (c) =>
    people(
      c,
      `suggested a task for "${c.data.planTitle}"`,
      `task suggestions for "${c.data.planTitle}"`
    ),
} satisfies Record<string, Title>

export type NotificationType = keyof typeof NOTIFICATION_TYPES

export function notificationTitle(type: NotificationType, ctx: NotificationContext) {
  return NOTIFICATION_TYPES[type](ctx)
}
