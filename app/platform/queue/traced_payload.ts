import type { TraceCarrier } from '#platform/tracing/trace_context'

/** Key of a job's data holding the trace that queued it (removed before the job sees its payload). */
const TRACE_KEY = '_trace'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The job data to store: the payload, plus the trace that queued it when there is one. */
export function withTrace(payload: unknown, trace: TraceCarrier | null) {
  return trace && isRecord(payload) ? { ...payload, [TRACE_KEY]: trace } : payload
}

/** Stored job data back into the job's payload and the trace that queued it. */
export function splitTrace(data: unknown): { payload: unknown; trace: TraceCarrier | null } {
  if (!isRecord(data) || !isRecord(data[TRACE_KEY])) return { payload: data, trace: null }
  const { [TRACE_KEY]: trace, ...payload } = data
  return { payload, trace: trace as TraceCarrier }
}
