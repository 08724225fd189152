import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CampaignPolicy from '#policies/marketplace/campaign_policy'
import CampaignService from '#services/marketplace/campaign_service'
import ContentScanner from '#services/moderation/content_scanner'
import { campaignRowsPage } from '#transformers/marketplace/campaign_row_transformer'
import CampaignTransformer from '#transformers/marketplace/campaign_transformer'
import {
  browseCampaignsValidator,
  createCampaignValidator,
  myCampaignsValidator,
  updateCampaignValidator,
} from '#validators/marketplace/campaign'
import { routeId } from '#platform/http/ids'

@inject()
export default class CampaignsController {
  constructor(
    private campaigns: CampaignService,
    private scanner: ContentScanner
  ) {}

  /** Browse public, active campaigns (influencers, brands, admins). */
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('browse')
    const page = await this.campaigns.browse(
      await browseCampaignsValidator.validate(ctx.request.qs())
    )
    // Plain objects (no transformer machinery per row): the same JSON as CampaignRowTransformer.
    const { data, meta } = campaignRowsPage(page)
    return ctx.serialize(data, { ...meta })
  }

  async mine(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('listOwn')
    const filters = await myCampaignsValidator.validate(ctx.request.qs())
    const page = await this.campaigns.mine(ctx.auth.getUserOrFail(), filters)
    return ctx.serialize(CampaignTransformer.paginate(page.all(), page.getMeta()))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(CampaignPolicy).authorize('create')
    const payload = await ctx.request.validateUsing(createCampaignValidator)
    const campaign = await this.campaigns.create(ctx.auth.getUserOrFail(), payload)
    await this.scanner.scan('campaign', campaign.id, [
      campaign.name,
      campaign.description,
      ...campaign.goals,
    ])
    ctx.response.status(201)
    return ctx.serialize(CampaignTransformer.transform(await this.campaigns.find(campaign.id)))
  }

  async show(ctx: HttpContext) {
    const campaign = await this.campaigns.find(routeId(ctx))
    await ctx.bouncer.with(CampaignPolicy).authorize('view', campaign)
    return ctx.serialize(CampaignTransformer.transform(campaign))
  }

  async update(ctx: HttpContext) {
    const campaign = await this.campaigns.find(routeId(ctx))
    await ctx.bouncer.with(CampaignPolicy).authorize('manage', campaign)
    const payload = await ctx.request.validateUsing(updateCampaignValidator)
    const updated = await this.campaigns.update(campaign, payload)
    await this.scanner.scan('campaign', updated.id, [
      updated.name,
      updated.description,
      ...updated.goals,
    ])
    return ctx.serialize(CampaignTransformer.transform(await this.campaigns.find(campaign.id)))
  }

  async destroy(ctx: HttpContext) {
    const campaign = await this.campaigns.find(routeId(ctx))
    await ctx.bouncer.with(CampaignPolicy).authorize('manage', campaign)
    await this.campaigns.delete(campaign)
    return ctx.response.noContent()
  }
}
