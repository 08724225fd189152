import transmit from '@adonisjs/transmit/services/main'

export {
  assertCanSubscribe,
  assertOwnsStream,
  assertStreamAvailable,
  authorizeChannel,
  closeStreams,
  forgetStream,
  openStreamCount,
  trackStream,
  type ChannelAuthorizer,
} from '#platform/realtime/realtime_channels'
export { presenceStore, type Presence, type PresenceStore } from '#platform/realtime/presence_store'

/** What every subscriber receives as the `payload` of a transmit message. */
export interface RealtimeMessage<Data = unknown, Event extends string = string> {
  event: Event
  data: Data
  sentAt: string
}

type Broadcastable = Parameters<typeof transmit.broadcast>[1]

/** The private channel of one account. */
export const userChannel = (userId: number) => `users/${userId}`

/** The channel of one resource, e.g. `conversations/12`. */
export const resourceChannel = (type: string, id: number | string) => `${type}/${id}`

/**
 * The one way the app pushes real-time events. Through the Redis transport a
 * broadcast reaches the subscribers on every server process. `data` must be
 * JSON-serialisable (transformer output); delivery is fire-and-forget.
 */
export default class RealtimeService {
  toUser<Data, Event extends string = string>(userId: number, event: Event, data: Data) {
    return this.broadcast(userChannel(userId), event, data)
  }

  toResource<Data, Event extends string = string>(
    type: string,
    id: number | string,
    event: Event,
    data: Data
  ) {
    return this.broadcast(resourceChannel(type, id), event, data)
  }

  private broadcast<Data, Event extends string = string>(
    channel: string,
    event: Event,
    data: Data
  ) {
    const message: RealtimeMessage<Data, Event> = { event, data, sentAt: new Date().toISOString() }
    transmit.broadcast(channel, message as unknown as Broadcastable)
    return { channel, ...message }
  }
}
