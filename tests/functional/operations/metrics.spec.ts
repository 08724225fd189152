import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import CacheService from '#platform/cache/cache_service'
import QueueService from '#platform/queue/queue_service'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { failing, FlakyJob, runs } from '#tests/support/jobs'
import { startMetricsServer } from '#platform/metrics/metrics_server'
import type { AddressInfo } from 'node:net'
import { waitFor } from '#tests/support/wait'

/** The value of one series in a Prometheus text exposition (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string>) {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && line.split(' ')[0] !== name) continue
    const labelText = line.slice(name.length, line.lastIndexOf(' '))
    if (wanted.every((pair) => labelText.includes(pair)))
      return Number(line.slice(line.lastIndexOf(' ') + 1))
  }
  return 0
}

async function scrape(client: ApiClient, token: string) {
  const response = await client.get('/metrics').bearerToken(token)
  response.assertStatus(200)
  return response.text()
}

test.group('operations / metrics', (group) => {
  isolate(group)

  test('anonymous callers and non-admins are refused on the main port', async ({ client }) => {
    ;(await client.get('/metrics')).assertStatus(401)
    ;(await client.get('/metrics').bearerToken('mq_at_not-a-token')).assertStatus(401)
    const { token } = await actor('shopper')
    ;(await client.get('/metrics').bearerToken(token)).assertStatus(403)
  })

  test('an admin token or METRICS_TOKEN reads the metrics, with the default process metrics', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { token } = await actor('admin')
    const text = await scrape(client, token)
    assert.include(text, 'process_cpu_user_seconds_total')
    assert.include(text, 'nodejs_eventloop_lag_seconds')
    assert.match(text, /marquee_db_pool_connections\{connection="\w+",state="used"\} \d+/)
    assert.match(text, /marquee_queue_jobs\{queue="mail",state="waiting"\} \d+/)
    assert.match(text, /marquee_scheduled_tasks_overdue\{task="[\w-]+"\} [01]/)
    assert.match(text, /marquee_sse_connections \d+/)

    const previous = env.get('METRICS_TOKEN')
    env.set('METRICS_TOKEN', 'scraper-secret-1234')
    cleanup(() => env.set('METRICS_TOKEN', previous ?? ''))
    const scraped = await client.get('/metrics').bearerToken('scraper-secret-1234')
    scraped.assertStatus(200)
    assert.include(scraped.text(), 'marquee_http_requests_total')
    ;(await client.get('/metrics').bearerToken('scraper-secret-12345')).assertStatus(401)
  })

  test('request counters move by route pattern and status, not by URL', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    const route = { method: 'GET', route: '/api/v1/products/:id', status: '404' }
    const before = await scrape(client, token)
    ;(await client.get('/api/v1/products/999999')).assertStatus(404)
    ;(await client.get('/api/v1/products/999998')).assertStatus(404)
    const after = await scrape(client, token)
    assert.equal(
      sample(after, 'marquee_http_requests_total', route) -
        sample(before, 'marquee_http_requests_total', route),
      2
    )
    assert.equal(
      sample(after, 'marquee_http_request_duration_seconds_count', route) -
        sample(before, 'marquee_http_request_duration_seconds_count', route),
      2
    )
    assert.notInclude(after, '/api/v1/products/999999')
  })

  test('cache lookups count hits and misses by namespace', async ({ client, assert }) => {
    const { token } = await actor('admin')
    const cache = await app.container.make(CacheService)
    const key = randomUUID()
    const before = await scrape(client, token)
    await cache.remember('product', key, () => ({ name: 'lamp' }))
    await cache.remember('product', key, () => ({ name: 'lamp' }))
    const after = await scrape(client, token)
    const moved = (outcome: string) =>
      sample(after, 'marquee_cache_lookups_total', { namespace: 'product', outcome }) -
      sample(before, 'marquee_cache_lookups_total', { namespace: 'product', outcome })
    assert.equal(moved('miss'), 1)
    assert.equal(moved('hit'), 1)
  })

  test('jobs processed count by name and outcome', async ({ client, assert, cleanup }) => {
    const { token } = await actor('admin')
    const queues = await app.container.make(QueueService)
    const ok = randomUUID()
    const bad = randomUUID()
    failing.add(bad)
    cleanup(() => {
      failing.delete(bad)
    })
    const job = (outcome: string) => ({ job: 'test_flaky', outcome })
    const before = await scrape(client, token)

    await queues.dispatch(FlakyJob, { key: ok })
    await queues.dispatch(FlakyJob, { key: bad })
    await waitFor(async () => [runs.get(ok)?.length ?? 0, runs.get(bad)?.length ?? 0], {
      until: ([good, failed]) => good === 1 && failed === 3,
    })
    const after = await waitFor(() => scrape(client, token), {
      until: (text) =>
        sample(text, 'marquee_jobs_processed_total', job('failed')) -
          sample(before, 'marquee_jobs_processed_total', job('failed')) ===
        3,
    })
    assert.equal(
      sample(after, 'marquee_jobs_processed_total', job('completed')) -
        sample(before, 'marquee_jobs_processed_total', job('completed')),
      1
    )
  })
})

test.group('operations / metrics listener (METRICS_PORT)', () => {
  test('serves GET /metrics without a token on its own port, nothing else', async ({
    assert,
    cleanup,
  }) => {
    const server = await startMetricsServer(0, '127.0.0.1')
    cleanup(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const metrics = await fetch(`${base}/metrics`)
    assert.equal(metrics.status, 200)
    assert.match(metrics.headers.get('content-type')!, /^text\/plain/)
    assert.include(await metrics.text(), 'marquee_http_requests_total')
    assert.equal((await fetch(`${base}/api/v1/features`)).status, 404)
  })
})
