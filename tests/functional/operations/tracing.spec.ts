import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import {
  APP_ROOT,
  childEnv,
  freePort,
  sharedServicesEnv,
  startServer,
} from '#tests/support/child_app'
import { waitFor } from '#tests/support/wait'

interface ExportedSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  kind: number
  attributes: { key: string; value: Record<string, unknown> }[]
  service: string
}

/**
 * A tiny OTLP/HTTP receiver: collects the spans exported to POST /v1/traces
 * (the JSON encoding, OTEL_EXPORTER_OTLP_PROTOCOL=http/json).
 */
async function otlpReceiver() {
  const spans: ExportedSpan[] = []
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
          const service = resourceSpans.resource?.attributes?.find(
            (attribute: { key: string }) => attribute.key === 'service.name'
          )?.value?.stringValue
          for (const scopeSpans of resourceSpans.scopeSpans ?? [])
            for (const span of scopeSpans.spans ?? []) spans.push({ ...span, service })
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    spans,
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const attribute = (span: ExportedSpan, key: string) =>
  span.attributes.find((entry) => entry.key === key)?.value

/** Whether `span` descends from `ancestor` (parent links within the exported spans). */
function descendsFrom(spans: ExportedSpan[], span: ExportedSpan, ancestor: ExportedSpan) {
  let current: ExportedSpan | undefined = span
  while (current?.parentSpanId) {
    if (current.parentSpanId === ancestor.spanId) return true
    current = spans.find((candidate) => candidate.spanId === current!.parentSpanId)
  }
  return false
}

test.group('operations / tracing (OpenTelemetry over OTLP)', () => {
  test('a request, its queries and the job it queues through the outbox share one trace', async ({
    assert,
    cleanup,
  }) => {
    const receiver = await otlpReceiver()
    cleanup(() => receiver.close())
    const port = await freePort()
    const tracing = {
      ...sharedServicesEnv('test'),
      // Its own queues: the suite's in-process workers must not take the job.
      QUEUE_PREFIX: `trace-${randomUUID().slice(0, 8)}`,
      SMTP_PORT: String(env.get('SMTP_PORT', 2526)),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '200',
      OTEL_SERVICE_NAME: 'marquee-test',
    }
    const server = startServer({ ...tracing, HOST: '127.0.0.1', PORT: String(port) })
    cleanup(() => server.stop())
    const worker = spawn(process.execPath, ['ace.js', 'queue:work', '--queue', 'mail'], {
      cwd: APP_ROOT,
      env: childEnv(tracing),
    })
    let workerOutput = ''
    worker.stdout.on('data', (chunk) => (workerOutput += chunk))
    worker.stderr.on('data', (chunk) => (workerOutput += chunk))
    cleanup(
      () =>
        new Promise<void>((resolve) => {
          if (worker.exitCode !== null) return resolve()
          worker.once('close', () => resolve())
          worker.kill('SIGTERM')
        })
    )
    await server.ready

    const email = `traced-${randomUUID().slice(0, 8)}@example.com`
    cleanup(async () => {
      const user = await db.from('users').where('email', email).first()
      if (!user) return
      for (const table of ['auth_access_tokens', 'refresh_tokens', 'user_tokens'])
        await db
          .from(table)
          .where(table === 'auth_access_tokens' ? 'tokenable_id' : 'user_id', user.id)
          .delete()
      await db.from('users').where('id', user.id).delete()
    })
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({
        email,
        password: 'long-enough-pw',
        fullName: 'Traced Person',
        role: 'shopper',
      }),
    })
    assert.equal(response.status, 201)

    const spans = receiver.spans
    const request = await waitFor(
      () => spans.find((span) => span.name === 'POST /api/v1/auth/signup'),
      { what: 'the request span', timeoutMs: 30_000 }
    )
    assert.equal(request.kind, 2, 'a server span')
    const trace = () => spans.filter((span) => span.traceId === request.traceId)
    // A query span (knex, under Lucid): its statement, as a child (or deeper) of the request span.
    const statementOf = (span: ExportedSpan) =>
      (attribute(span, 'db.query.text') ?? attribute(span, 'db.statement'))?.stringValue
    const query = await waitFor(
      () =>
        trace().find(
          (span) =>
            /^\s*insert into [`"]?users\b/i.test(String(statementOf(span))) &&
            descendsFrom(spans, span, request)
        ),
      { what: 'a query span under the request', timeoutMs: 30_000 }
    )
    assert.equal(query.kind, 3, 'a client span')

    const job = await waitFor(() => trace().find((span) => span.name === 'job send_mail'), {
      what: "the job span in the request's trace",
      timeoutMs: 60_000,
    }).catch((error) => {
      throw new Error(`${error.message}\nworker output: ${workerOutput.slice(-1000)}`)
    })
    assert.equal(job.kind, 5, 'a consumer span')
    assert.isTrue(descendsFrom(spans, job, request))
    const smtp = await waitFor(
      () => trace().find((span) => span.name === 'smtp send' && descendsFrom(spans, span, job)),
      { what: 'the SMTP span under the job', timeoutMs: 60_000 }
    )
    assert.equal(smtp.kind, 3, 'a client span')
  }).timeout(150_000)
})
