import { randomUUID } from 'node:crypto'
import type { Group } from '@japa/runner/core'
import { sseData } from '#cli/api/sse_frames'
import type { Json } from '#tests/support/json'

/** A transmit message as it arrives on the stream. */
export interface TransmitMessage {
  channel: string
  payload: Json
}

const DELIVERY_TIMEOUT_MS = 5000

const bearer = (token?: string): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {}

/**
 * An SSE client on fetch: parses the `data:` lines of each frame as transmit
 * messages and lets a test await them. Close it at the end of the test (an
 * open stream holds the server's graceful shutdown).
 */
export async function openStream(base: string, token?: string, uid: string = randomUUID()) {
  const abort = new AbortController()
  const response = await fetch(`${base}/__transmit/events?uid=${uid}`, {
    headers: bearer(token),
    signal: abort.signal,
  })
  const received: TransmitMessage[] = []
  const listeners = new Set<() => void>()

  if (response.ok && response.body) {
    void (async () => {
      try {
        for await (const data of sseData(response.body!)) {
          received.push(JSON.parse(data))
          for (const listener of listeners) listener()
        }
      } catch {
        // aborted by close()
      }
    })()
  }

  return {
    uid,
    response,
    received,
    subscribe: (channel: string, subscriberToken = token) =>
      fetch(`${base}/__transmit/subscribe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept': 'application/json',
          ...bearer(subscriberToken),
        },
        body: JSON.stringify({ uid, channel }),
      }),
    /** The first message (already received or still to come) that matches, within a bounded time. */
    next(matches: (message: TransmitMessage) => boolean, timeoutMs = DELIVERY_TIMEOUT_MS) {
      return new Promise<TransmitMessage>((resolve, reject) => {
        const check = () => {
          const found = received.find(matches)
          if (!found) return
          clearTimeout(timer)
          listeners.delete(check)
          resolve(found)
        }
        const timer = setTimeout(() => {
          listeners.delete(check)
          reject(
            new Error(
              `no matching event within ${timeoutMs} ms; received ${JSON.stringify(received)}`
            )
          )
        }, timeoutMs)
        listeners.add(check)
        check()
      })
    },
    close: () => abort.abort(),
  }
}

export type Stream = Awaited<ReturnType<typeof openStream>>

/**
 * Opens streams on `base` for a group's tests and closes every one after each
 * test (an open stream would hold the server's graceful shutdown).
 */
export function streamsOf(group: Group, base: string) {
  const open: Stream[] = []
  group.each.teardown(() => {
    for (const stream of open.splice(0)) stream.close()
  })
  return async (token?: string) => {
    const opened = await openStream(base, token)
    open.push(opened)
    return opened
  }
}
