/*
| OpenTelemetry tracing through @adonisjs/otel, on only when
| OTEL_EXPORTER_OTLP_ENDPOINT is set (config/otel.ts). It must be the first
| import of bin/server.ts and bin/console.ts: its loader hooks instrument the
| modules (http, knex, ioredis, …) imported after it. Off, it imports nothing.
*/
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { init } = await import('@adonisjs/otel/init')
  await init(import.meta.dirname)
}

export {}
