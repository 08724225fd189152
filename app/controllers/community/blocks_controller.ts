import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import BlockPolicy from '#policies/community/block_policy'
import BlockService from '#services/community/block_service'
import FollowService from '#services/community/follow_service'
import BlockedMemberTransformer from '#transformers/community/blocked_member_transformer'
import { paginationQueryValidator } from '#validators/common'
import { blockTargetValidator } from '#validators/community/block'

@inject()
export default class BlocksController {
  constructor(
    private blocks: BlockService,
    private follows: FollowService
  ) {}

  async store(ctx: HttpContext) {
    const { id } = await blockTargetValidator.validate(ctx.params)
    const target = await this.follows.findUser(id)
    await ctx.bouncer.with(BlockPolicy).authorize('block', target)
    await this.blocks.block(ctx.auth.getUserOrFail(), target)
    return ctx.response.noContent()
  }

  async destroy(ctx: HttpContext) {
    const { id } = await blockTargetValidator.validate(ctx.params)
    const target = await this.follows.findUser(id)
    await ctx.bouncer.with(BlockPolicy).authorize('unblock')
    await this.blocks.unblock(ctx.auth.getUserOrFail(), target)
    return ctx.response.noContent()
  }

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(BlockPolicy).authorize('list')
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const users = await this.blocks.list(ctx.auth.getUserOrFail(), page, perPage)
    return ctx.serialize(BlockedMemberTransformer.paginate(users.all(), users.getMeta()))
  }
}
