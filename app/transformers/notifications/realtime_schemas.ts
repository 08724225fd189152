/**
 * OpenAPI schemas of the responses documented in app/openapi/realtime.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import { dateTime, object, string } from '#platform/openapi/schema'

export const channel = string({
  pattern: '^[a-z][a-z0-9_-]{0,39}/[A-Za-z0-9_.:-]{1,170}$',
  description:
    '`users/{id}` (that account only, admins included), `plan-rooms/{planId}` (who may open the plan: `count` events) and ' +
    '`plan-visitors/{planId}` (its owner and admins: `joined` / `left`) of a live plan room, or ' +
    '`tasks/{taskId}` (admins): event `progress` with `{ taskId, state, progress }` when the task starts, reports progress, completes or fails',
  examples: ['users/42'],
})

export const realtimeEventSchema = object({
  channel: string({ examples: ['users/42'] }),
  payload: object({
    event: string({ examples: ['test'] }),
    data: { description: 'Event-specific JSON' },
    sentAt: dateTime(),
  }),
})

export const realtimeSchemas = {
  RealtimeEvent: realtimeEventSchema,
}
