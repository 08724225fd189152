/*
| Redis connection errors are reported once per outage: one warning when a
| connection is lost and one line when it is back, instead of the Redis
| provider's FATAL line with a stack trace on every reconnect attempt.
*/
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import { redisAvailable } from '#config/redis'

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

if (redisAvailable) {
  redis.doNotLogErrors()
  for (const connection of Object.values(redis.activeConnections)) watch(connection as Connection)
  redis.on('connection', (connection) => watch(connection as Connection))
}
