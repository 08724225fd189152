import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Campaign from '#models/campaign'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'
import AuditService from '#services/identity/audit_service'

/** Admin flag/unflag of campaigns: flagged campaigns vanish from browsing. Audited. */
@inject()
export default class CampaignFlagService {
  constructor(private audit: AuditService) {}

  async set(
    actor: User,
    campaignId: number,
    flagged: boolean,
    reason: string | undefined,
    ctx?: HttpContext
  ) {
    return db.transaction(async (trx) => {
      const campaign = await Campaign.query({ client: trx })
        .where('id', campaignId)
        .forUpdate()
        .first()
      if (!campaign) throw AppException.notFound('Campaign')
      if (Boolean(campaign.flaggedAt) === flagged) {
        throw AppException.conflict(
          'E_INVALID_STATE',
          flagged ? 'This campaign is already flagged' : 'This campaign is not flagged'
        )
      }
      campaign.flaggedAt = flagged ? DateTime.utc() : null
      campaign.flagReason = flagged ? (reason ?? null) : null
      await campaign.useTransaction(trx).save()
      await this.audit.record(
        actor,
        {
          action: flagged ? 'campaign.flag' : 'campaign.unflag',
          targetType: 'campaign',
          targetId: campaign.id,
          details: reason ? { reason } : {},
        },
        trx,
        ctx
      )
      return campaign
    })
  }
}
