import { BaseTransformer } from '@adonisjs/core/transformers'
import { dateTime, integer, nullable, object, string, type Infer } from '#platform/openapi/schema'
import type { MemberActivity } from '#services/identity/member_activity_service'

const count = () => integer({ minimum: 0 })

export const memberActivitySchema = object({
  content: object({
    plans: count(),
    comments: count(),
    customTasks: count(),
    campaigns: count(),
    products: count(),
    messages: count(),
    hidden: integer({ minimum: 0, description: 'Of all the above, how many moderation hides' }),
  }),
  adRequests: integer({
    minimum: 0,
    description: 'Ad requests as the brand or the influencer',
  }),
  purchases: integer({ minimum: 0, description: 'Sales (checkouts) as a shopper' }),
  followers: count(),
  credibility: integer({
    minimum: 0,
    maximum: 100,
    description: 'Reporter credibility: up when their reports are upheld, down when dismissed',
  }),
  reportsFiled: object({ total: count(), upheld: count(), dismissed: count() }),
  reportsAbout: object({
    open: integer({ minimum: 0, description: 'Open or claimed' }),
    resolved: count(),
    dismissed: count(),
  }),
  warnings: count(),
  lastAdminAction: nullable(
    object({ action: string({ examples: ['user.flag'] }), createdAt: dateTime() })
  ),
})

export default class MemberActivityTransformer extends BaseTransformer<MemberActivity> {
  toObject(): Infer<typeof memberActivitySchema> {
    const a = this.resource
    return {
      content: a.content,
      adRequests: a.adRequests,
      purchases: a.purchases,
      followers: a.followers,
      credibility: a.credibility,
      reportsFiled: a.reportsFiled,
      reportsAbout: a.reportsAbout,
      warnings: a.warnings,
      lastAdminAction: a.lastAdminAction,
    }
  }
}
