/**
 * OpenAPI schemas of the responses documented in app/openapi/realtime.ts,
 * next to the transformers that write them: one definition per resource, referenced by name.
 */
import { dateTime, object, oneOf, string, type Infer } from '#platform/openapi/schema'
import type { RealtimeMessage } from '#platform/realtime/realtime_service'

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

/**
 * The payload is written by the realtime platform part (which imports no transformer):
 * tsc checks here that its message is what `RealtimeEvent.payload` says.
 */
export type RealtimePayloadMatches = Expect<
  RealtimeMessage extends Infer<typeof realtimeEventSchema>['payload'] ? true : false
>
type Expect<T extends true> = T

/** Inline in the document (no component): `POST /api/v1/admin/test/broadcast`. */
export const testBroadcastSchema = object({
  channel: string({ examples: ['users/42'] }),
  event: oneOf(['test']),
  sentAt: dateTime(),
})
