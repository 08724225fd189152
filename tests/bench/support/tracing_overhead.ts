import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type pg from 'pg'
import { productionEnv, SERVER_PORT } from '#tests/bench/support/env'
import { startServer } from '#tests/bench/support/processes'
import { sample, summarize, type Sample } from '#tests/bench/support/load'
import { scenarios } from '#tests/bench/support/scenarios'

/** The cached read whose cost with tracing on is printed. */
export const TRACED_SCENARIO = 'product list, cached'

export interface TracingOverhead {
  scenario: string
  off: { requestsPerSecond: number; cpuUs: number }
  on: { requestsPerSecond: number; cpuUs: number; spansExported: number }
  /** Capacity lost with tracing on, in % of the capacity with it off. */
  capacityCostPercent: number
  /** CPU time per request added by tracing, in µs. */
  cpuCostUs: number
}

/** A stand-in OTLP/HTTP collector on loopback: counts the spans it receives and answers 200. */
async function otlpSink() {
  let spans = 0
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      spans += (body.match(/"spanId"/g) ?? []).length
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * The cached product list against a server with tracing off, then one with
 * tracing on (exporting every span over OTLP/HTTP JSON to a loopback sink),
 * the same closed loop on each: capacity and server CPU per request.
 */
export async function tracingOverhead(
  client: pg.Client,
  options: { connections: number; durationS: number; warmupS: number }
): Promise<TracingOverhead> {
  const sink = await otlpSink()
  const measureWith = async (extra: Record<string, string>) => {
    const server = await startServer(productionEnv(SERVER_PORT, extra), 'traced server')
    try {
      const scenario = (await scenarios(server.base, client)).find(
        (candidate) => candidate.name === TRACED_SCENARIO
      )!
      await scenario.probe()
      const run = (durationS: number): Promise<Sample> => {
        scenario.beforeRun?.()
        return sample({
          base: server.base,
          steps: scenario.steps,
          connections: options.connections,
          durationS,
        })
      }
      await run(options.warmupS)
      const before = server.cpuMs() ?? Number.NaN
      const figures = summarize([await run(options.durationS)])
      const cpuMs = (server.cpuMs() ?? Number.NaN) - before
      return {
        requestsPerSecond: figures.requestsPerSecond,
        cpuUs: Math.round((cpuMs * 1000) / figures.requests),
      }
    } finally {
      await server.stop()
    }
  }
  try {
    const off = await measureWith({})
    const on = await measureWith({
      OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    })
    return {
      scenario: TRACED_SCENARIO,
      off,
      on: { ...on, spansExported: sink.spans() },
      capacityCostPercent:
        Math.round(
          (1000 * (off.requestsPerSecond - on.requestsPerSecond)) / off.requestsPerSecond
        ) / 10,
      cpuCostUs: on.cpuUs - off.cpuUs,
    }
  } finally {
    await sink.close()
  }
}
