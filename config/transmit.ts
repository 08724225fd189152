import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import redisConfig from '#config/redis'
import { onRedisAvailable } from '#platform/runtime/redis_state'

type TransportFactory = NonNullable<Parameters<typeof defineConfig>[0]['transport']>['driver']
type Transport = ReturnType<TransportFactory>

const { host, port, password, db, retryStrategy } = redisConfig.connections.main

/**
 * The Redis relay of transmit. Transmit subscribes to it without awaiting, so
 * a process that stops before Redis answered (a quick ace command) would die
 * of that subscription's rejection: it is ignored once the relay is closing.
 * Commands wait for a reconnect instead of failing, so a Redis restart does
 * not leave a process deaf to the others' broadcasts.
 */
function redisRelay(): TransportFactory {
  const factory = redis({
    host,
    port: Number(port),
    password,
    db,
    retryStrategy,
    maxRetriesPerRequest: null,
  })
  return () => {
    const transport = factory()
    let closing = false
    const relay: Transport = {
      setId: (id) => (transport.setId(id), relay),
      onReconnect: (callback) => transport.onReconnect(callback),
      publish: (channel, message) => transport.publish(channel, message),
      subscribe: (channel, handler) =>
        transport.subscribe(channel, handler).catch((error) => {
          if (!closing) throw error
        }),
      unsubscribe: (channel) => transport.unsubscribe(channel),
      disconnect: () => {
        closing = true
        return transport.disconnect()
      },
    }
    return relay
  }
}

/**
 * The relay as transmit sees it from boot on (it takes its transport once,
 * when it is built): the Redis relay once the process uses Redis, nothing
 * before. A development process that started without Redis has no other
 * process to relay to (each broadcast reaches its own streams, as transmit
 * delivers locally anyway); when it switches to Redis, the Redis relay is
 * created and takes over the id, reconnect callbacks and subscriptions
 * transmit registered, and from then on broadcasts go both ways.
 */
function switchingRelay(): TransportFactory {
  const redisFactory = redisRelay()
  return () => {
    let transport: Transport | null = null
    let closed = false
    let id: string | undefined
    const reconnects: Array<() => void> = []
    const subscriptions = new Map<string, Parameters<Transport['subscribe']>[1]>()
    onRedisAvailable(() => {
      if (closed) return
      const relay = redisFactory()
      if (id !== undefined) relay.setId(id)
      for (const callback of reconnects) relay.onReconnect(callback)
      for (const [channel, handler] of subscriptions) void relay.subscribe(channel, handler)
      transport = relay
    })
    const relay: Transport = {
      setId: (value) => {
        id = value
        transport?.setId(value)
        return relay
      },
      onReconnect: (callback) => {
        reconnects.push(callback)
        transport?.onReconnect(callback)
      },
      publish: async (channel, message) => {
        await transport?.publish(channel, message)
      },
      subscribe: async (channel, handler) => {
        // Stored for the switch: the relay passes on what the channel carries, as `handler` expects.
        subscriptions.set(channel, handler as Parameters<Transport['subscribe']>[1])
        await transport?.subscribe(channel, handler)
      },
      unsubscribe: async (channel) => {
        subscriptions.delete(channel)
        await transport?.unsubscribe(channel)
      },
      disconnect: async () => {
        closed = true
        await transport?.disconnect()
      },
    }
    return relay
  }
}

/**
 * Server-sent events. With Redis every broadcast reaches the subscribers of
 * all server processes (and ace commands and workers can broadcast); without
 * it (development only) a broadcast reaches the streams of this process alone,
 * until the process switches to Redis (see switchingRelay).
 *
 * Redis pub/sub ignores the database number, so the relay channel carries it:
 * deployments (and test runs) separated by REDIS_DB stay separated.
 */
const transmitConfig = defineConfig({
  // A ping on every stream, well inside the 60 s idle timeout of common proxies (nginx, ALBs).
  pingInterval: '25s',
  transport: { driver: switchingRelay(), channel: `marquee::transmit::db${db ?? 0}` },
})

export default transmitConfig
