import vine from '@vinejs/vine'
import { id } from '#validators/common'
import { EVENT_TYPES } from '#models/analytics_event'

/** At most this many events in one track request: clients batch to stay under the rate limit. */
export const MAX_EVENTS_PER_REQUEST = 50

const event = {
  type: vine.enum(EVENT_TYPES),
  subjectId: id().optional(),
  data: vine.record(vine.string().trim().maxLength(200)).maxLength(10).optional(),
}

export const trackEventValidator = vine.create(event)

export const trackEventsValidator = vine.create({
  events: vine.array(vine.object(event)).minLength(1).maxLength(MAX_EVENTS_PER_REQUEST),
})

const day = () => vine.date({ formats: ['YYYY-MM-DD'] })

/** A day range; the service defaults it to the last 30 days. */
export const dayRangeValidator = vine.create({
  from: day().optional(),
  to: day().afterOrSameAs('from').optional(),
})

export const ENGAGEMENT_WINDOWS = [7, 30] as const

export const engagementValidator = vine.create({
  window: vine.enum(ENGAGEMENT_WINDOWS.map(String) as ['7', '30']).optional(),
})
