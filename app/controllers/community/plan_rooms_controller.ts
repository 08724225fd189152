import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type SkillPlan from '#models/skill_plan'
import PlanRoomPolicy from '#policies/community/plan_room_policy'
import PlanRoomService from '#services/community/plan_room_service'
import PlanService from '#services/community/plan_service'
import PlanRoomTransformer from '#transformers/community/plan_room_transformer'
import RoomMemberTransformer from '#transformers/community/room_member_transformer'
import { paginationQueryValidator } from '#validators/common'
import { routeId } from '#platform/http/ids'

/** The live room of a plan: join and heartbeat, leave, the count, and (owner, admins) who is there. */
@inject()
export default class PlanRoomsController {
  constructor(
    private plans: PlanService,
    private rooms: PlanRoomService
  ) {}

  /** Join, or renew your presence (a heartbeat): answers the room. */
  async join(ctx: HttpContext) {
    const plan = await this.#authorized(ctx)
    const count = await this.rooms.join(ctx.auth.getUserOrFail(), plan)
    return this.#room(ctx, plan, count)
  }

  async leave(ctx: HttpContext) {
    const plan = await this.#authorized(ctx)
    await this.rooms.leave(ctx.auth.getUserOrFail().id, plan.id)
    return ctx.response.noContent()
  }

  async show(ctx: HttpContext) {
    const plan = await this.#authorized(ctx)
    return this.#room(ctx, plan, await this.rooms.count(plan))
  }

  /** Who is in the room (owner and admins), latest heartbeat first. */
  async members(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanRoomPolicy).authorize('watchVisitors', plan)
    const { page, perPage } = await paginationQueryValidator.validate(ctx.request.qs())
    const { items, meta } = await this.rooms.members(
      plan,
      ctx.auth.getUserOrFail(),
      page ?? 1,
      perPage ?? 20
    )
    return ctx.serialize(RoomMemberTransformer.paginate(items, meta))
  }

  async #authorized(ctx: HttpContext) {
    const plan = await this.plans.find(routeId(ctx))
    await ctx.bouncer.with(PlanRoomPolicy).authorize('join', plan)
    return plan
  }

  async #room(ctx: HttpContext, plan: SkillPlan, count: number) {
    const showsVisitors = await ctx.bouncer.with(PlanRoomPolicy).allows('watchVisitors', plan)
    return ctx.serialize(
      PlanRoomTransformer.transform(this.rooms.state(plan, count, showsVisitors))
    )
  }
}
