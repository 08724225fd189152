import { createServer, type Server } from 'node:http'
import logger from '@adonisjs/core/services/logger'
import type { ApplicationService } from '@adonisjs/core/types'
import env from '#start/env'
import { scrapeMetrics } from '#platform/metrics/scrape'

/**
 * A listener of its own for Prometheus (METRICS_PORT): `GET /metrics` without
 * a token, so it must stay on a private address (METRICS_HOST, 127.0.0.1 by
 * default). Workers and schedulers have no HTTP server; this is how they are scraped.
 */
export async function startMetricsServer(port: number, host: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: GET /metrics\n')
      return
    }
    try {
      const { contentType, body } = await scrapeMetrics()
      response
        .writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
        .end(body)
    } catch (error) {
      logger.error({ err: error }, 'metrics: scrape failed')
      response.writeHead(500, { 'content-type': 'text/plain' }).end('Scrape failed\n')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  logger.info(`metrics: Prometheus scrapes http://${host}:${port}/metrics`)
  return server
}

/**
 * Opens the listener when METRICS_PORT is set (web processes, queue:work,
 * schedule:work; give each process on a host its own port) and closes it when
 * the app terminates.
 */
export async function listenForMetrics(app: ApplicationService) {
  const port = env.get('METRICS_PORT')
  if (!port) return
  const server = await startMetricsServer(port, env.get('METRICS_HOST', '127.0.0.1'))
  app.terminating(() => new Promise<void>((resolve) => server.close(() => resolve())))
}
