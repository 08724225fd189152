import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
} from '@opentelemetry/api'

/** A trace as W3C Trace Context headers (`traceparent`, `tracestate`), stored with a job. */
export type TraceCarrier = Record<string, string>

const tracer = trace.getTracer('marquee')

/**
 * The trace being recorded here, to store with a job queued now (directly or
 * through the outbox); null when none is (tracing off: the API is a no-op).
 */
export function currentTraceContext(): TraceCarrier | null {
  const carrier: TraceCarrier = {}
  propagation.inject(context.active(), carrier)
  return Object.keys(carrier).length > 0 ? carrier : null
}

/** Parses a stored carrier; anything else (null, malformed) starts no trace link. */
export function parseTraceContext(stored: unknown): TraceCarrier | null {
  if (typeof stored !== 'string' || !stored) return null
  try {
    const parsed = JSON.parse(stored)
    return parsed && typeof parsed === 'object' ? (parsed as TraceCarrier) : null
  } catch {
    return null
  }
}

/**
 * Runs `work` in a span, a child of `parent` when given (the trace of the
 * request that queued a job) else of the active span. The span records a
 * thrown error and ends when `work` settles.
 */
export function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Attributes; parent?: TraceCarrier | null },
  work: () => Promise<T>
): Promise<T> {
  const parent = options.parent
    ? propagation.extract(ROOT_CONTEXT, options.parent)
    : context.active()
  return tracer.startActiveSpan(
    name,
    { kind: options.kind, attributes: options.attributes },
    parent,
    async (span) => {
      try {
        return await work()
      } catch (error) {
        if (error instanceof Error) span.recordException(error)
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message })
        throw error
      } finally {
        span.end()
      }
    }
  )
}

export { SpanKind }
