import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { safeStringify } from '@poppinss/utils/json'
import { serializeJsonBody } from '#platform/http/json_body'
import { http } from '#config/app'

test.group('http / JSON response bodies', () => {
  test('is the encoder of the HTTP server', ({ assert }) => {
    assert.strictEqual(http.serializeJSON, serializeJsonBody)
  })

  test('answers what the framework default (safeStringify) answers for response data', ({
    assert,
  }) => {
    const page = {
      data: [
        {
          id: 1,
          name: 'Gel "Cleanser" ✓ \u2028',
          price: 1800,
          tags: ['a', 'b'],
          category: null,
          images: [],
          missing: undefined,
        },
        {
          id: 2,
          at: new Date('2026-12-07T05:00:00Z'),
          updatedAt: DateTime.fromISO('2026-12-07T05:00:00Z', { zone: 'utc' }),
          nested: { deep: [[1, { x: Number.NaN }]] },
        },
      ],
      meta: { page: 1, perPage: 20, total: 2, lastPage: 1, computedAt: '2026-12-07T05:00:00.000Z' },
    }
    assert.equal(serializeJsonBody(page), safeStringify(page))
    assert.equal(serializeJsonBody('text'), safeStringify('text'))
    assert.equal(serializeJsonBody(null), safeStringify(null))
  })

  test('values JSON.stringify refuses still answer as safeStringify answers them', ({ assert }) => {
    const withBigInt = { data: { count: 12345678901234567890n } }
    assert.equal(serializeJsonBody(withBigInt), '{"data":{"count":"12345678901234567890"}}')

    const circular: Record<string, unknown> = { id: 1 }
    circular.self = circular
    assert.equal(serializeJsonBody({ data: circular }), safeStringify({ data: circular }))
    assert.equal(serializeJsonBody({ data: circular }), '{"data":{"id":1}}')
  })
})
