import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AdRequestService from '#services/marketplace/ad_request_service'
import CampaignService from '#services/marketplace/campaign_service'
import CampaignFlagService from '#services/marketplace/campaign_flag_service'
import AdRequestTransformer from '#transformers/marketplace/ad_request_transformer'
import CampaignTransformer from '#transformers/marketplace/campaign_transformer'
import { adminCampaignsValidator } from '#validators/marketplace/campaign'
import { adminAdRequestsValidator } from '#validators/marketplace/ad_request'
import { optionalReasonValidator, reasonValidator } from '#validators/identity/admin_users'
import { routeId } from '#platform/http/ids'

/** Platform-wide marketplace views and campaign flags (admin group routes). */
@inject()
export default class AdminMarketplaceController {
  constructor(
    private campaigns: CampaignService,
    private requests: AdRequestService,
    private flags: CampaignFlagService
  ) {}

  async campaignsIndex(ctx: HttpContext) {
    const page = await this.campaigns.adminList(
      await adminCampaignsValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(CampaignTransformer.paginate(page.all(), page.getMeta()))
  }

  async adRequestsIndex(ctx: HttpContext) {
    const page = await this.requests.adminList(
      await adminAdRequestsValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(AdRequestTransformer.paginate(page.all(), page.getMeta()))
  }

  async flag(ctx: HttpContext) {
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    await this.flags.set(ctx.auth.getUserOrFail(), routeId(ctx), true, reason, ctx)
    return ctx.serialize(CampaignTransformer.transform(await this.campaigns.find(routeId(ctx))))
  }

  async unflag(ctx: HttpContext) {
    const { reason } = await ctx.request.validateUsing(optionalReasonValidator)
    await this.flags.set(ctx.auth.getUserOrFail(), routeId(ctx), false, reason, ctx)
    return ctx.serialize(CampaignTransformer.transform(await this.campaigns.find(routeId(ctx))))
  }
}
