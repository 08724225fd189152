import { test } from '@japa/runner'
import {
  freezeJson,
  isSettledJson,
  rememberJsonText,
  serializeJsonBody,
  settleJson,
} from '#platform/http/json_body'
import { SettledJsonSerializer } from '#platform/cache/settled_serializer'

const stored = () => ({
  value: { data: [{ id: 1, name: 'Gel "Cleanser" ✓', tags: ['a'], category: null }], total: 1 },
  createdAt: 1,
  logicalExpiration: 2,
})

test.group('cache / settled JSON values', () => {
  test('a stored text is parsed once: every read of it gets the same frozen value', ({
    assert,
  }) => {
    const serializer = new SettledJsonSerializer()
    const text = serializer.serialize(stored())
    const first = serializer.deserialize(text)
    assert.deepEqual(first, stored())
    assert.strictEqual(serializer.deserialize(text), first)
    // The same text built again (a read from Redis) is the same entry.
    assert.strictEqual(serializer.deserialize(String(JSON.stringify(stored()))), first)
    assert.isTrue(Object.isFrozen(first.value.data[0].tags))
    // Settled (by the cache helper): the value and its direct children, whose JSON text is then built once.
    assert.isFalse(isSettledJson(first.value))
    assert.strictEqual(settleJson(first.value), first.value)
    assert.isTrue(isSettledJson(first.value) && isSettledJson(first.value.data))
    assert.isFalse(isSettledJson(first.value.data[0]))
    assert.throws(() => {
      first.value.data[0].name = 'changed'
    }, TypeError)
    assert.throws(() => first.value.data.push({}), TypeError)
  })

  test('response bodies with settled parts are written exactly as JSON.stringify writes them', ({
    assert,
  }) => {
    const value = settleJson(stored().value)
    const envelopes = [
      { data: value.data, meta: { total: 1, computedAt: '2026-12-07T05:00:00.000Z' } },
      { meta: { skipped: undefined, fn: () => 1 }, data: value, extra: undefined },
      { data: value },
    ]
    for (const envelope of envelopes) {
      assert.equal(serializeJsonBody(envelope), JSON.stringify(envelope))
      assert.equal(serializeJsonBody(envelope), JSON.stringify(envelope), 'from the memoized text')
    }
    assert.equal(serializeJsonBody(value), JSON.stringify(value))
    assert.isFalse(isSettledJson({ ...value }))
  })

  test('an entry whose value has a known text is written around it, as JSON.stringify writes it', ({
    assert,
  }) => {
    const serializer = new SettledJsonSerializer()
    const computed = { value: stored().value, computedAt: '2026-12-07T05:00:00.000Z' }
    const entry = rememberJsonText(freezeJson(computed), JSON.stringify(computed))
    assert.isTrue(Object.isFrozen(entry.value.data[0]))
    for (const item of [
      { value: entry, logicalExpiration: 2, tags: ['products'], createdAt: 1 },
      { value: entry, createdAt: 1, logicalExpiration: 2, tags: undefined },
      { value: entry },
    ])
      assert.equal(serializer.serialize(item), JSON.stringify(item))
  })
})
