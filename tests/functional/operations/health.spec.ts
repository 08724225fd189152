import { test } from '@japa/runner'

test.group('operations / health', () => {
  test('liveness, database and Redis checks answer with the envelope', async ({ client, assert }) => {
    const live = await client.get('/health')
    live.assertStatus(200)
    assert.equal(live.body().data.status, 'ok')

    const database = await client.get('/health/db')
    database.assertStatus(200)
    assert.equal(database.body().data.details.dialect, 'postgres')

    const redis = await client.get('/health/redis')
    redis.assertStatus(200)
    assert.equal(redis.body().data.status, 'up')
  })

  test('responses carry a request id', async ({ client, assert }) => {
    const res = await client.get('/health')
    assert.match(res.header('x-request-id') ?? '', /^[\w-]{8,}$/)
  })

  test('unknown routes get 404 in the error shape', async ({ client }) => {
    const res = await client.get('/api/v1/does-not-exist')
    res.assertStatus(404)
    res.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
  })
})
