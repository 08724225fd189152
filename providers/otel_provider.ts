import type { ApplicationService } from '@adonisjs/core/types'

/** Tracing is on when an OTLP endpoint is set (otel.ts and config/otel.ts read the same variable). */
export const tracingEnabled = () => Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT)

/**
 * The provider of @adonisjs/otel, loaded only when tracing is on: its module
 * imports the OpenTelemetry SDK with every auto-instrumentation (about 1,400
 * modules, tens of MB of heap) that a process without tracing never uses.
 */
const traced = tracingEnabled() ? await import('@adonisjs/otel/otel_provider') : null
const Traced = traced?.default ?? null

export default class OtelProvider {
  #provider?: InstanceType<NonNullable<typeof Traced>>

  constructor(protected app: ApplicationService) {}

  register() {
    if (!Traced) return
    this.#provider = new Traced(this.app)
    this.#provider.register()
  }

  async shutdown() {
    await this.#provider?.shutdown()
  }
}
