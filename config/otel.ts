import { readFileSync } from 'node:fs'
import type { OtelConfig } from '@adonisjs/otel/types'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

/**
 * `defineConfig` of @adonisjs/otel returns its argument; importing it from the
 * package's entry point would load the whole OpenTelemetry SDK (about 1,400
 * modules, tens of MB of heap) in every process, tracing on or off.
 */
const defineConfig = (config: OtelConfig) => config

/**
 * Traces go over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the standard
 * OTEL_* variables tune the exporter and sampling); without it tracing is off.
 * Read before the app boots (otel.ts), so from process.env, not start/env.ts.
 */
export default defineConfig({
  enabled: Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT),
  serviceName: process.env.OTEL_SERVICE_NAME || 'marquee',
  serviceVersion: String(version),
  environment: process.env.NODE_ENV || 'development',
  instrumentations: {
    // Lucid runs on knex: one span per query from the knex instrumentation, not a second from pg's.
    '@opentelemetry/instrumentation-pg': { enabled: false },
    '@opentelemetry/instrumentation-fs': { enabled: false },
  },
  // Spans name the account by id and role only, never its e-mail address.
  userContext: {
    resolver: (ctx) => {
      const user = ctx.auth?.user
      return user ? { id: user.id, role: user.role } : null
    },
  },
})
