import { test } from '@japa/runner'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { addressBody, addToCart, API, productFor } from '#tests/support/commerce'
import { contractProblems } from '#tests/support/openapi_contract'
import { openApiDocument } from '#openapi/document'

type Operation = { requestBody?: unknown; responses: Record<string, unknown> }

const bodyOperations = () =>
  Object.entries(openApiDocument().paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method, operation]) => operation.requestBody || method !== 'get')
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation }))
  )

test.group('operations / every response is checked against the OpenAPI document', () => {
  test('an undocumented status fails with the method, path, status and documented statuses', ({
    assert,
  }) => {
    const [problem] = contractProblems(
      'GET',
      '/api/v1/features',
      500,
      'application/json',
      { errors: [{ code: 'E', message: 'boom' }] },
      '{"errors":[]}'
    )
    assert.include(problem, 'GET /api/v1/features → 500')
    assert.include(problem, 'status 500 is not documented for GET /api/v1/features')
    assert.include(problem, 'documented: 200, 422')
  })

  test('a body off its schema fails with the JSON path of each mismatch', ({ assert }) => {
    const problems = contractProblems(
      'GET',
      '/api/v1/features',
      200,
      'application/json; charset=utf-8',
      { data: { registration: 'yes', extra: 1 }, meta: {} },
      ''
    )
    assert.include(problems[0], 'GET /api/v1/features → 200')
    assert.includeMembers(problems.slice(1), [
      "  /data must have required property 'recommendations'",
      '  /data must NOT have additional properties (extra)',
      '  /data/registration must be boolean',
    ])
  })

  test('a response of another media type than documented fails; a route outside the document must be a 404', ({
    assert,
  }) => {
    assert.deepEqual(contractProblems('GET', '/api/docs', 200, 'application/json', {}, '{}'), [
      'GET /api/docs → 200 (GET /api/docs): answered application/json, documented text/html',
    ])
    assert.deepEqual(
      contractProblems(
        'GET',
        '/api/v1/no-such-thing',
        404,
        'application/json',
        { errors: [{ code: 'E_ROUTE_NOT_FOUND', message: 'x' }] },
        ''
      ),
      []
    )
    assert.lengthOf(
      contractProblems('GET', '/api/v1/no-such-thing', 200, 'application/json', {}, ''),
      1
    )
  })
})

test.group('operations / the document tells what the API answers', (group) => {
  isolate(group)

  test('every operation that reads a body documents 400 for malformed JSON and 413 for an oversized body', async ({
    client,
    assert,
  }) => {
    const missing = bodyOperations()
      .filter(({ operation }) => !('400' in operation.responses && '413' in operation.responses))
      .map(({ key }) => key)
    assert.deepEqual(missing, [])

    const malformed = await client.post(`${API}/auth/login`).json('{"email": ')
    malformed.assertStatus(400)
    const oversized = await client
      .post(`${API}/auth/login`)
      .json({ email: 'a@example.com', password: 'x'.repeat(1_200_000) })
    oversized.assertStatus(413)
  })

  test('a NUL character in a query string is a documented 422, even where nothing else is validated', async ({
    client,
  }) => {
    const res = await client.get('/health').qs({ probe: 'a\u0000b' })
    res.assertStatus(422)
  })

  test('adding a product already in the cart answers the documented 200 with the grown line', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const product = await productFor({ stock: 10 })
    ;(await addToCart(client, token, product.id)).assertStatus(201)
    const again = await addToCart(client, token, product.id)
    again.assertStatus(200)
    assert.equal(
      again.body().data.find((line: { productId: number }) => line.productId === product.id)
        .quantity,
      2
    )
  })

  test('an address created without its optional fields answers them as null', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const res = await client.post(`${API}/addresses`).bearerToken(token).json(addressBody())
    res.assertStatus(201)
    assert.containsSubset(res.body().data, { line2: null, phone: null })
  })
})

test.group('operations / unknown body fields', (group) => {
  isolate(group)

  test('a field the operation does not take is refused with 422 naming it', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('shopper')
    const res = await client
      .post(`${API}/addresses`)
      .bearerToken(token)
      .json(addressBody({ lin2: 'Flat 2' }))
    res.assertStatus(422)
    assert.deepEqual(res.body().errors, [
      {
        code: 'E_UNKNOWN_FIELD',
        message: 'Unknown field "lin2": this endpoint does not take it',
        field: 'lin2',
      },
    ])
    assert.lengthOf(
      (await client.get(`${API}/addresses`).bearerToken(token)).body().data,
      0,
      'nothing was written'
    )
  })

  test('unknown fields are found inside nested objects and arrays, and on operations that take no body', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const nested = await client
      .post(`${API}/analytics/track`)
      .bearerToken(token)
      .json({ events: [{ type: 'search', data: { query: 'yoga' }, colour: 'red' }] })
    nested.assertStatus(422)
    assert.equal(nested.body().errors[0].field, 'events.0.colour')

    const bodyless = await client
      .post(`${API}/admin/batch/cleanup/run`)
      .bearerToken(token)
      .json({ force: true })
    bodyless.assertStatus(422)
    assert.equal(bodyless.body().errors[0].field, 'force')
  })

  test('documented optional fields and an empty body are accepted', async ({ client }) => {
    const { token } = await actor('shopper')
    const res = await client
      .post(`${API}/addresses`)
      .bearerToken(token)
      .json(addressBody({ line2: 'Flat 2', phone: '+1 555 0100', isDefault: true }))
    res.assertStatus(201)
  })
})
