import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import InfluencerDirectoryPolicy from '#policies/identity/influencer_directory_policy'
import { withoutBlockers } from '#services/community/people'
import InfluencerDirectoryService from '#services/identity/influencer_directory_service'
import { influencerSearchValidator } from '#validators/identity/directory'

@inject()
export default class InfluencersController {
  constructor(private directory: InfluencerDirectoryService) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(InfluencerDirectoryPolicy).authorize('browse')
    const filters = await influencerSearchValidator.validate(ctx.request.qs())
    const { value: page, computedAt } = await this.directory.search(filters)
    const data = await withoutBlockers(ctx.auth.getUserOrFail(), page.data, (row) => [row.id])
    return ctx.serialize(data, { ...page.metadata, computedAt })
  }
}
