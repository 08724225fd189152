/**
 * The named OpenAPI components of the skill plan responses (app/openapi/community_plans.ts):
 * each resource's schema is defined once, beside its transformer, which is typed against it.
 */
import { commentSchema } from '#transformers/community/comment_transformer'
import { customTaskSchema } from '#transformers/community/custom_task_transformer'
import { planAuthorSchema } from '#transformers/community/plan_author'
import { planRoomSchema } from '#transformers/community/plan_room_transformer'
import { planDetailSchema, planSchema } from '#transformers/community/plan_transformer'
import { roomMemberSchema } from '#transformers/community/room_member_transformer'

export const communityPlansSchemas = {
  PlanAuthor: planAuthorSchema,
  SkillPlan: planSchema,
  SkillPlanDetail: planDetailSchema,
  PlanComment: commentSchema,
  PlanRoom: planRoomSchema,
  RoomMember: roomMemberSchema,
  CustomTask: customTaskSchema,
}
