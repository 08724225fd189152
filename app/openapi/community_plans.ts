import { MAX_COMMENT_DEPTH } from '#models/comment'
import { endpoints, type ApiModule } from '#platform/openapi/operation'
import { ref } from '#platform/openapi/schema'
import { createPlanValidator, updatePlanValidator } from '#validators/community/plan'
import { paginationQueryValidator } from '#validators/common'
import { rateValidator } from '#validators/community/interaction'
import { createCommentValidator, updateCommentValidator } from '#validators/community/comment'
import {
  createCustomTaskValidator,
  listCustomTasksValidator,
  voteValidator,
} from '#validators/community/custom_task'
import { communityPlansSchemas } from '#transformers/community/community_plans_schemas'

const route = endpoints({ tag: 'Skill plans', prefix: '/api/v1', auth: 'user' })

const plan = ref('SkillPlan')
const room = ref('PlanRoom')

const detail = ref('SkillPlanDetail')

/** What the plan validators cannot say. */
const planNotes = {
  'category': 'Lower-cased',
  'tags[]': 'Lower-cased; repeats dropped',
  'visibility': {
    description: 'Unlisted plans open by id for anyone with the link but appear in no list',
    default: 'public',
  },
  'tasks': 'Day by day, in order within each day; replaces all tasks on update',
  'tasks[].day': 'Within 1..durationDays',
}

export const communityPlans: ApiModule = {
  tags: [
    {
      name: 'Skill plans',
      description:
        'Day-by-day skill plans, likes, downloads, ratings, threaded comments and community task suggestions. ' +
        'Every route needs a signed-in account; writes need an active non-admin account (pending brands get 403). ' +
        'Plans a caller may not open (hidden by moderation, blocked owner) answer 404; unlisted plans open by id. ' +
        "Blocked users' comments and suggestions are left out.",
    },
  ],
  schemas: communityPlansSchemas,
  endpoints: [
    route.post('/plans', {
      summary: 'Share a skill plan',
      body: createPlanValidator,
      status: 201,
      response: detail,
      errors: [403],
      fields: planNotes,
    }),
    route.get('/plans/{id}', {
      summary: 'The full plan with its tasks',
      description:
        'Cached up to 30 minutes and dropped on any change (counters too); `meta.computedAt` says when it was computed. ' +
        '`likedByMe`, `myRating` and `downloadedByMe` are always current.',
      response: detail,
      errors: [404],
    }),
    route.patch('/plans/{id}', {
      summary: 'Update your plan',
      description:
        '`tasks` replaces every task. Shortening `durationDays` below a day that has tasks needs new `tasks` (422).',
      body: updatePlanValidator,
      response: detail,
      errors: [403, 404],
      fields: planNotes,
    }),
    route.delete('/plans/{id}', {
      summary: 'Delete your plan with everything on it',
      errors: [403, 404],
    }),
    route.get('/me/plans', {
      summary: 'Your plans (unlisted and hidden included), newest first',
      query: paginationQueryValidator,
      list: plan,
    }),
    route.get('/users/{id}/plans', {
      summary: "A user's listed plans, newest first",
      description:
        "Public, not hidden plans only; 404 for an unknown or blocked user. Part of the member's profile, so the profile's privacy applies: " +
        '`followers` profiles answer 403 to non-followers, `private` ones 404 (except to the member and admins).',
      query: paginationQueryValidator,
      list: plan,
      errors: [403, 404],
    }),
    route.post('/plans/{id}/like', {
      summary: 'Like a plan (idempotent)',
      description: 'Not your own plan (403). The owner is notified.',
      response: plan,
      errors: [403, 404],
    }),
    route.delete('/plans/{id}/like', {
      summary: 'Take your like back (idempotent)',
      response: plan,
      errors: [403, 404],
    }),
    route.post('/plans/{id}/download', {
      summary: 'Download a plan: the full plan with its tasks',
      description:
        'Counted once per user (`meta.counted` is true for the counting call; the owner is never counted). ' +
        'The owner is notified at 10, 100 and 1000 downloads.',
      response: detail,
      errors: [403, 404],
    }),
    route.put('/plans/{id}/rating', {
      summary: 'Rate a plan 1–5',
      description:
        'One rating per user: rating again replaces your score. Not your own plan (403). The owner is notified of new ratings.',
      body: rateValidator,
      response: plan,
      errors: [403, 404],
    }),
    route.delete('/plans/{id}/rating', {
      summary: 'Remove your rating (idempotent)',
      response: plan,
      errors: [403, 404],
    }),
    route.get('/plans/{id}/comments', {
      summary: 'Comment threads, newest first',
      description:
        `Top-level comments are paginated; replies nest oldest first, at most ${MAX_COMMENT_DEPTH} levels deep. ` +
        'A deleted or hidden comment with visible replies shows as a "[deleted]" placeholder.',
      query: paginationQueryValidator,
      list: ref('PlanComment'),
      errors: [404],
    }),
    route.post('/plans/{id}/comments', {
      summary: 'Comment, or reply to a comment',
      description:
        `A reply below depth ${MAX_COMMENT_DEPTH} is refused (422 \`E_COMMENT_TOO_DEEP\`). ` +
        "The plan's owner (plan.commented) and the parent's author (comment.replied) are notified.",
      body: createCommentValidator,
      status: 201,
      response: ref('PlanComment'),
      errors: [403, 404],
    }),
    route.patch('/comments/{id}', {
      summary: 'Edit your comment',
      description:
        'Only the text changes: `parentId` is refused (422 on that field), a reply stays under the comment it answers.',
      body: updateCommentValidator,
      response: ref('PlanComment'),
      errors: [403, 404],
    }),
    route.delete('/comments/{id}', {
      summary: 'Delete your comment (admins: any comment)',
      errors: [403, 404],
    }),
    route.get('/plans/{id}/custom-tasks', {
      summary: 'Community task suggestions, best score first, then oldest',
      query: listCustomTasksValidator,
      list: ref('CustomTask'),
      errors: [404],
    }),
    route.post('/plans/{id}/custom-tasks', {
      summary: "Suggest a task for one of the plan's days",
      description: "`day` within the plan's duration (422). The plan's owner is notified.",
      body: createCustomTaskValidator,
      status: 201,
      response: ref('CustomTask'),
      errors: [403, 404],
    }),
    route.post('/custom-tasks/{id}/vote', {
      summary: 'Vote on a suggestion (+1 or -1)',
      description:
        'One vote per user: voting again replaces your vote and moves the score by the difference.',
      body: voteValidator,
      response: ref('CustomTask'),
      errors: [403, 404],
    }),
    route.delete('/custom-tasks/{id}/vote', {
      summary: 'Remove your vote (idempotent)',
      response: ref('CustomTask'),
      errors: [403, 404],
    }),
    route.post('/plans/{id}/presence', {
      summary: "Join the plan's live room, or send a heartbeat",
      description:
        'Whoever may open the plan joins; send it again every `heartbeatSeconds`: a member without a heartbeat for ' +
        '`ttlSeconds` leaves the room. Subscribing your stream to `channel` also ties your presence to it: when that ' +
        'subscription or the stream ends, you leave. Each arrival and departure is pushed as `count` on `channel` and ' +
        '`joined` / `left` on `visitorsChannel`.',
      response: room,
      errors: [404],
    }),
    route.delete('/plans/{id}/presence', {
      summary: "Leave the plan's live room (idempotent)",
      errors: [404],
    }),
    route.get('/plans/{id}/presence', {
      summary: "The plan's live room: how many are there now",
      response: room,
      errors: [404],
    }),
    route.get('/plans/{id}/presence/members', {
      summary: 'Who is in the live room of your plan, latest heartbeat first',
      description:
        'For the owner and admins (403 for others). Members the owner may not see named (private profiles, ' +
        'members who blocked them) are counted in the room but not listed.',
      query: paginationQueryValidator,
      list: ref('RoomMember'),
      errors: [403, 404],
    }),
  ],
}
