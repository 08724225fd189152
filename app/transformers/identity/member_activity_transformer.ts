import { BaseTransformer } from '@adonisjs/core/transformers'
import type { MemberActivity } from '#services/identity/member_activity_service'

export default class MemberActivityTransformer extends BaseTransformer<MemberActivity> {
  toObject() {
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
