import type { HttpClient } from './client.js'
import { sseData } from './sse_frames.js'

/** A transmit message: the channel and the server's `{ event, data, sentAt }` payload. */
export interface StreamMessage<Data = unknown> {
  channel: string
  payload: { event: string; data: Data; sentAt: string }
}

/** What {@link EventStream.next} resolves to when nothing came in time, or after the stream ended. */
export const TIMED_OUT = Symbol('timed out')
export const ENDED = Symbol('ended')

/**
 * The server's real-time stream (transmit over SSE): opened with the access
 * token, then subscribed to channels, which the server authorizes one by one.
 * Messages are queued until read. Close it when done: an open stream keeps
 * the connection (and the process) alive.
 */
export class EventStream {
  readonly uid = crypto.randomUUID()
  #abort = new AbortController()
  #queue: StreamMessage[] = []
  #wake?: () => void
  #ended = false

  private constructor() {}

  static async open(http: HttpClient, channels: string[]) {
    const stream = new EventStream()
    const body = await http.stream('/__transmit/events', {
      query: { uid: stream.uid },
      signal: stream.#abort.signal,
    })
    void stream.#read(body)
    try {
      for (const channel of channels)
        await http.request('POST', '/__transmit/subscribe', { body: { uid: stream.uid, channel } })
    } catch (error) {
      stream.close()
      throw error
    }
    return stream
  }

  get ended() {
    return this.#ended
  }

  /** The next message, {@link TIMED_OUT} after `timeoutMs` without one, {@link ENDED} once the stream is over. */
  async next(timeoutMs: number): Promise<StreamMessage | typeof TIMED_OUT | typeof ENDED> {
    if (!this.#queue.length && !this.#ended) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs)
        this.#wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      this.#wake = undefined
    }
    return this.#queue.shift() ?? (this.#ended ? ENDED : TIMED_OUT)
  }

  close() {
    this.#abort.abort()
    this.#finish()
  }

  #finish() {
    this.#ended = true
    this.#wake?.()
  }

  /** Each frame's data is one JSON message; transmit's own pings are dropped. */
  async #read(body: ReadableStream<Uint8Array>) {
    try {
      for await (const data of sseData(body)) {
        const message = JSON.parse(data) as StreamMessage
        if (message.channel.startsWith('$$transmit/')) continue
        this.#queue.push(message)
        this.#wake?.()
      }
    } catch {
      // Aborted by close(), or the connection dropped: either way the stream is over.
    }
    this.#finish()
  }
}
