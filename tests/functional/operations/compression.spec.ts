import { test } from '@japa/runner'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { request as httpRequest } from 'node:http'
import env from '#start/env'
import { COMPRESSION_THRESHOLD_BYTES } from '#middleware/compress_response_middleware'
import Category from '#models/category'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { marker } from '#tests/support/commerce'
import { openStream } from '#tests/support/sse'

const HOST = env.get('HOST', '127.0.0.1')
const PORT = Number(env.get('PORT'))

/** A raw GET (no client-side decoding): status, headers and the bytes as sent. */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: Buffer
  }>((resolve, reject) => {
    const req = httpRequest(
      { host: HOST, port: PORT, path, headers: { accept: 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end()
  })
}

const LARGE = '/api/docs/openapi.json'
const SMALL = '/health/live'

test.group('operations / response compression', (group) => {
  isolate(group)

  test('a large JSON answer is gzip- or brotli-compressed as the client prefers, and decodes to the same JSON', async ({
    assert,
  }) => {
    const plain = await rawGet(LARGE)
    assert.equal(plain.status, 200)
    assert.isUndefined(plain.headers['content-encoding'])
    assert.isAbove(plain.body.length, COMPRESSION_THRESHOLD_BYTES)
    assert.include(String(plain.headers['vary']), 'Accept-Encoding')
    const expected = JSON.parse(plain.body.toString())

    const gzipped = await rawGet(LARGE, { 'accept-encoding': 'gzip' })
    assert.equal(gzipped.headers['content-encoding'], 'gzip')
    assert.match(String(gzipped.headers['content-type']), /^application\/json/)
    assert.isBelow(gzipped.body.length, plain.body.length / 3)
    assert.equal(Number(gzipped.headers['content-length']), gzipped.body.length)
    assert.deepEqual(JSON.parse(gunzipSync(gzipped.body).toString()), expected)

    const brotli = await rawGet(LARGE, { 'accept-encoding': 'br, gzip, deflate' })
    assert.equal(brotli.headers['content-encoding'], 'br')
    assert.deepEqual(JSON.parse(brotliDecompressSync(brotli.body).toString()), expected)

    const gzipPreferred = await rawGet(LARGE, { 'accept-encoding': 'br;q=0.5, gzip' })
    assert.equal(gzipPreferred.headers['content-encoding'], 'gzip')
    const identityOnly = await rawGet(LARGE, { 'accept-encoding': 'identity' })
    assert.isUndefined(identityOnly.headers['content-encoding'])
    assert.deepEqual(JSON.parse(identityOnly.body.toString()), expected)
  })

  test('an API answer over the threshold is compressed; a small one is not', async ({ assert }) => {
    const { token } = await actor('admin')
    for (let i = 0; i < 12; i++)
      await Category.create({
        name: `Compressible ${marker()}`,
        slug: marker(),
        path: '/',
        position: i,
      })
    const large = await rawGet('/api/v1/product-categories', {
      'accept-encoding': 'gzip',
      'authorization': `Bearer ${token}`,
    })
    assert.equal(large.headers['content-encoding'], 'gzip')
    assert.isAbove(gunzipSync(large.body).length, COMPRESSION_THRESHOLD_BYTES)
    assert.isArray(JSON.parse(gunzipSync(large.body).toString()).data)

    const small = await rawGet(SMALL, { 'accept-encoding': 'gzip, br' })
    assert.equal(small.status, 200)
    assert.isAtMost(small.body.length, COMPRESSION_THRESHOLD_BYTES)
    assert.isUndefined(small.headers['content-encoding'])
    assert.doesNotThrow(() => JSON.parse(small.body.toString()))
  })

  test('the SSE stream is never compressed', async ({ assert }) => {
    const { token } = await actor('shopper')
    const base = `http://${HOST}:${PORT}`
    const stream = await openStream(base, token)
    try {
      assert.equal(stream.response.status, 200)
      assert.match(String(stream.response.headers.get('content-type')), /^text\/event-stream/)
      assert.isNull(stream.response.headers.get('content-encoding'))
    } finally {
      stream.close()
    }
  })
})
