/*
| Redis connection errors are reported once per outage: one warning when a
| connection is lost and one line when it is back, instead of the Redis
| provider's FATAL line with a stack trace on every reconnect attempt.
|
| A process that started without Redis (development, tests) runs on memory
| and probes Redis every few seconds; the first time it answers, the process
| switches to it, saying so in one line (see #platform/runtime/redis_state).
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import { redisTarget } from '#config/redis'
import { onRedisAvailable, redisUp, watchForRedis } from '#platform/runtime/redis_state'

type Connection = ReturnType<typeof redis.connection>

function watch(connection: Connection) {
  let down = false
  connection.on('error', ({ error }: { error: Error }) => {
    if (down) return
    down = true
    logger.warn(
      `Redis connection "${connection.connectionName}" lost (${error.message}); retrying in the background`
    )
  })
  connection.on('ready', () => {
    if (!down) return
    down = false
    logger.info(`Redis connection "${connection.connectionName}" is back`)
  })
}

onRedisAvailable(() => {
  redis.doNotLogErrors()
  for (const connection of Object.values(redis.activeConnections)) watch(connection as Connection)
  redis.on('connection', (connection) => watch(connection as Connection))
})

if (!redisUp()) {
  const watcher = watchForRedis(redisTarget, {
    onSwitch: () =>
      logger.info(
        `Redis is reachable at ${redisTarget.host}:${redisTarget.port}; switching cache, rate limits, queues and real-time to Redis`
      ),
    onError: (error) => logger.error({ err: error }, 'switching to Redis: a part did not switch'),
  })
  app.terminating(() => watcher.stop())
}
