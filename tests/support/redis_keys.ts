/** The Redis commands `deleteMatching` needs (an ioredis client or an @adonisjs/redis connection). */
interface KeyCommands {
  scan(
    cursor: string,
    match: 'MATCH',
    pattern: string,
    count: 'COUNT',
    size: number
  ): Promise<[string, string[]]>
  del(...keys: string[]): Promise<number>
}

/** Deletes the keys matching `pattern` (SCAN, never KEYS or FLUSHDB: the database also holds queues and other keys); resolves to how many went. */
export async function deleteMatching(redis: KeyCommands, pattern: string) {
  let deleted = 0
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000)
    if (keys.length) deleted += await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
  return deleted
}
