import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import redisConfig, { redisAvailable } from '#config/redis'

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
 * Server-sent events. With Redis every broadcast reaches the subscribers of
 * all server processes (and ace commands and workers can broadcast); without
 * it (development only) a broadcast reaches the streams of this process alone.
 *
 * Redis pub/sub ignores the database number, so the relay channel carries it:
 * deployments (and test runs) separated by REDIS_DB stay separated.
 */
const transmitConfig = defineConfig({
  // A ping on every stream, well inside the 60 s idle timeout of common proxies (nginx, ALBs).
  pingInterval: '25s',
  transport: redisAvailable
    ? { driver: redisRelay(), channel: `marquee::transmit::db${db ?? 0}` }
    : null,
})

export default transmitConfig
