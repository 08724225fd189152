import { test } from '@japa/runner'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { MAX_JSON_DEPTH, MAX_JSON_ENTRIES, SMALL_BODY_LIMIT } from '#config/bodyparser'

const LOGIN = '/api/v1/auth/login'

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const manyKeys = (count: number) =>
  JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'xxxxx'])))

test.group('security / heavy bodies', (group) => {
  isolate(group)

  test('an auth route refuses a body over its few-KB cap with 413 before reading it', async ({
    client,
    assert,
  }) => {
    const res = await client
      .post(LOGIN)
      .header('content-type', 'application/json')
      .unsafeJson(
        JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(SMALL_BODY_LIMIT) })
      )
    res.assertStatus(413)
    assert.equal(res.body().errors[0].code, 'E_PAYLOAD_TOO_LARGE')
    assert.match(res.body().errors[0].message, new RegExp(String(SMALL_BODY_LIMIT)))
  })

  test('eight parallel 1 MB bodies of 60,000 keys to login are all refused with 413', async ({
    client,
    assert,
  }) => {
    const body = manyKeys(60_000)
    assert.isAbove(body.length, 900_000)
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        client.post(LOGIN).header('content-type', 'application/json').unsafeJson(body)
      )
    )
    assert.deepEqual(
      responses.map((res) => res.status()),
      Array(8).fill(413)
    )
    ;(await client.get('/health')).assertStatus(200)
  })

  test('a 400,000-deep array is refused without internal detail, on auth and other routes', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const atLogin = await client
      .post(LOGIN)
      .header('content-type', 'application/json')
      .unsafeJson(deepArray(400_000))
    atLogin.assertStatus(413)
    const elsewhere = await client
      .post('/api/v1/reports')
      .bearerToken(token)
      .header('content-type', 'application/json')
      .unsafeJson(deepArray(400_000))
    elsewhere.assertStatus(400)
    assert.equal(elsewhere.body().errors[0].code, 'E_BODY_TOO_DEEP')
    for (const res of [atLogin, elsewhere])
      assert.notMatch(JSON.stringify(res.body()), /call stack|RangeError|at position/i)
  })

  test(`nesting deeper than ${MAX_JSON_DEPTH} is a 400; within it the route answers as usual`, async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    let deep: unknown = 'bottom'
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = { nested: deep }
    const over = await client.post('/api/v1/reports').bearerToken(token).json({ nested: deep })
    over.assertStatus(400)
    assert.equal(over.body().errors[0].code, 'E_BODY_TOO_DEEP')
    const within = await client
      .post('/api/v1/reports')
      .bearerToken(token)
      .json(deep as object)
    within.assertStatus(422)
  })

  test(`more than ${MAX_JSON_ENTRIES} values is a 413; brackets and commas inside strings do not count`, async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const over = await client
      .post('/api/v1/reports')
      .bearerToken(token)
      .header('content-type', 'application/json')
      .unsafeJson(manyKeys(MAX_JSON_ENTRIES + 1))
    over.assertStatus(413)
    assert.match(over.body().errors[0].message, /more than/)
    const text = await client
      .post('/api/v1/reports')
      .bearerToken(token)
      .json({
        targetType: 'user',
        targetId: 1,
        reason: 'spam',
        details: '[[[[,,,,]]]]'.repeat(500),
      })
    assert.notEqual(text.status(), 413)
    assert.notEqual(text.status(), 400)
  })

  test('malformed JSON is a 400 that does not echo the parser', async ({ client, assert }) => {
    const res = await client
      .post(LOGIN)
      .header('content-type', 'application/json')
      .unsafeJson('{"email": "a@example.com", ')
    res.assertStatus(400)
    assert.equal(res.body().errors[0].message, 'The body is not valid JSON')
  })

  test('JSON bodies still arrive as before: empty strings become null, prototype keys are dropped', async ({
    client,
    assert,
  }) => {
    const empty = await client.post(LOGIN).json({ email: '', password: 'x' })
    empty.assertStatus(422)
    assert.equal(empty.body().errors[0].field, 'email')
    const poisoned = await client
      .post(LOGIN)
      .header('content-type', 'application/json')
      .unsafeJson('{"email":"a@example.com","password":"x","__proto__":{"admin":true}}')
    poisoned.assertStatus(401)
    assert.isUndefined(({} as Record<string, unknown>).admin)
  })
})
