import redis from '@adonisjs/redis/services/main'
import { redisUp } from '#platform/runtime/redis_state'
import { queuePrefix } from '#platform/queue/queue_service'

/** Who is in one room: members (ids) with the time of their last heartbeat, in ms. */
export interface Presence {
  member: number
  lastSeen: number
}

/**
 * Presence in rooms (who is looking at something now), shared by every web
 * process through Redis: one sorted set per room, each member scored by its
 * last heartbeat, and a set of the rooms that have anyone in them. A member
 * whose last heartbeat is older than the TTL is gone; `expire` takes the gone
 * ones out atomically, so among processes sweeping at once exactly one learns
 * of each departure. A room's key also expires on its own (twice the TTL after
 * its last heartbeat), so Redis never keeps an abandoned room.
 *
 * Without Redis (development only) the rooms live in this process's memory.
 */
export interface PresenceStore {
  /** Records a heartbeat; `joined` is true when the member was not in the room. */
  touch(room: string, member: number, ttlMs: number): Promise<{ joined: boolean; count: number }>
  /** Takes a member out; `left` is true when it was there. */
  remove(room: string, member: number, ttlMs: number): Promise<{ left: boolean; count: number }>
  /** Takes out the members whose heartbeat is older than the TTL. */
  expire(room: string, ttlMs: number): Promise<{ gone: number[]; count: number }>
  /** Members present now, latest heartbeat first. */
  members(room: string, ttlMs: number): Promise<Presence[]>
  /** Rooms that may have members. */
  rooms(): Promise<string[]>
}

const TOUCH = `
local previous = redis.call('zscore', KEYS[1], ARGV[1])
redis.call('zadd', KEYS[1], ARGV[2], ARGV[1])
redis.call('pexpire', KEYS[1], tonumber(ARGV[3]) * 2)
redis.call('sadd', KEYS[2], ARGV[4])
local count = redis.call('zcount', KEYS[1], '(' .. (tonumber(ARGV[2]) - tonumber(ARGV[3])), '+inf')
if previous then return { 0, count } end
return { 1, count }`

const REMOVE = `
local removed = redis.call('zrem', KEYS[1], ARGV[1])
local count = redis.call('zcount', KEYS[1], '(' .. ARGV[2], '+inf')
if redis.call('zcard', KEYS[1]) == 0 then redis.call('srem', KEYS[2], ARGV[3]) end
return { removed, count }`

const EXPIRE = `
local gone = redis.call('zrangebyscore', KEYS[1], '-inf', ARGV[1])
if #gone > 0 then redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[1]) end
local count = redis.call('zcard', KEYS[1])
if count == 0 then redis.call('srem', KEYS[2], ARGV[2]) end
return { gone, count }`

export class RedisPresenceStore implements PresenceStore {
  #key = (room: string) => `${queuePrefix()}:presence:${room}`
  #index = () => `${queuePrefix()}:presence-rooms`

  async touch(room: string, member: number, ttlMs: number) {
    const [joined, count] = (await redis.eval(
      TOUCH,
      2,
      this.#key(room),
      this.#index(),
      String(member),
      String(Date.now()),
      String(ttlMs),
      room
    )) as [number, number]
    return { joined: joined === 1, count: Number(count) }
  }

  async remove(room: string, member: number, ttlMs: number) {
    const [removed, count] = (await redis.eval(
      REMOVE,
      2,
      this.#key(room),
      this.#index(),
      String(member),
      String(Date.now() - ttlMs),
      room
    )) as [number, number]
    return { left: removed === 1, count: Number(count) }
  }

  async expire(room: string, ttlMs: number) {
    const [gone, count] = (await redis.eval(
      EXPIRE,
      2,
      this.#key(room),
      this.#index(),
      String(Date.now() - ttlMs),
      room
    )) as [string[], number]
    return { gone: gone.map(Number), count: Number(count) }
  }

  async members(room: string, ttlMs: number) {
    const flat = await redis.zrevrangebyscore(
      this.#key(room),
      '+inf',
      `(${Date.now() - ttlMs}`,
      'WITHSCORES'
    )
    const present: Presence[] = []
    for (let i = 0; i < flat.length; i += 2) {
      present.push({ member: Number(flat[i]), lastSeen: Number(flat[i + 1]) })
    }
    return present
  }

  rooms() {
    return redis.smembers(this.#index())
  }
}

export class MemoryPresenceStore implements PresenceStore {
  #rooms = new Map<string, Map<number, number>>()

  async touch(room: string, member: number, ttlMs: number) {
    const members = this.#rooms.get(room) ?? new Map<number, number>()
    this.#rooms.set(room, members)
    const joined = !members.has(member)
    members.set(member, Date.now())
    return { joined, count: this.#count(members, ttlMs) }
  }

  async remove(room: string, member: number, ttlMs: number) {
    const members = this.#rooms.get(room)
    const left = Boolean(members?.delete(member))
    if (members && !members.size) this.#rooms.delete(room)
    return { left, count: members ? this.#count(members, ttlMs) : 0 }
  }

  async expire(room: string, ttlMs: number) {
    const members = this.#rooms.get(room)
    if (!members) return { gone: [], count: 0 }
    const cutoff = Date.now() - ttlMs
    const gone = [...members].filter(([, seen]) => seen <= cutoff).map(([member]) => member)
    for (const member of gone) members.delete(member)
    if (!members.size) this.#rooms.delete(room)
    return { gone, count: members.size }
  }

  async members(room: string, ttlMs: number) {
    const cutoff = Date.now() - ttlMs
    return [...(this.#rooms.get(room) ?? [])]
      .filter(([, seen]) => seen > cutoff)
      .map(([member, lastSeen]) => ({ member, lastSeen }))
      .sort((a, b) => b.lastSeen - a.lastSeen)
  }

  async rooms() {
    return [...this.#rooms.keys()]
  }

  #count(members: Map<number, number>, ttlMs: number) {
    const cutoff = Date.now() - ttlMs
    return [...members.values()].filter((seen) => seen > cutoff).length
  }
}

const redisPresence = new RedisPresenceStore()
const memoryPresence = new MemoryPresenceStore()
const current = () => (redisUp() ? redisPresence : memoryPresence)

/**
 * The presence store of this process, picked at each call: Redis once the
 * process uses it, memory before. A development process that switches to
 * Redis leaves the rooms it kept in memory behind: a member still there is
 * back (and announced as joining) with its next heartbeat.
 */
export const presenceStore: PresenceStore = {
  touch: (room, member, ttlMs) => current().touch(room, member, ttlMs),
  remove: (room, member, ttlMs) => current().remove(room, member, ttlMs),
  expire: (room, ttlMs) => current().expire(room, ttlMs),
  members: (room, ttlMs) => current().members(room, ttlMs),
  rooms: () => current().rooms(),
}
