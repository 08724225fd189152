import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import {
  MemoryPresenceStore,
  RedisPresenceStore,
  type PresenceStore,
} from '#platform/realtime/presence_store'

const TTL = 60_000

/** The Redis store and the memory fallback answer the same. */
for (const [name, make] of [
  ['Redis', () => new RedisPresenceStore()],
  ['memory', () => new MemoryPresenceStore()],
] as [string, () => PresenceStore][]) {
  test.group(`operations / presence store (${name})`, () => {
    test('a first heartbeat joins, later ones renew; remove says whether the member was there', async ({
      assert,
    }) => {
      const store = make()
      const room = `test-rooms/${randomUUID()}`
      assert.deepEqual(await store.touch(room, 1, TTL), { joined: true, count: 1 })
      assert.deepEqual(await store.touch(room, 1, TTL), { joined: false, count: 1 })
      assert.deepEqual(await store.touch(room, 2, TTL), { joined: true, count: 2 })
      assert.include(await store.rooms(), room)
      assert.sameMembers(
        (await store.members(room, TTL)).map((presence) => presence.member),
        [1, 2]
      )

      assert.deepEqual(await store.remove(room, 1, TTL), { left: true, count: 1 })
      assert.deepEqual(await store.remove(room, 1, TTL), { left: false, count: 1 })
      assert.deepEqual(await store.remove(room, 2, TTL), { left: true, count: 0 })
      assert.notInclude(await store.rooms(), room)
    })

    test('expire takes out, once, the members whose heartbeat is older than the TTL', async ({
      assert,
    }) => {
      const store = make()
      const room = `test-rooms/${randomUUID()}`
      await store.touch(room, 7, TTL)
      await store.touch(room, 8, TTL)
      assert.deepEqual(await store.expire(room, TTL), { gone: [], count: 2 })
      // a TTL of 0: every heartbeat so far is too old
      const expired = await store.expire(room, 0)
      assert.sameMembers(expired.gone, [7, 8])
      assert.equal(expired.count, 0)
      assert.deepEqual(await store.expire(room, 0), { gone: [], count: 0 })
      assert.deepEqual(await store.members(room, TTL), [])
      assert.notInclude(await store.rooms(), room)
    })
  })
}
