/** The part of autocannon's programmatic API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'
  import type { Json } from '#tests/support/json'

  /** What a scenario keeps per connection (a shopper, the product in its cart): free-form. */
  export type Context = Record<string, Json>

  /** One request of a sequence each connection cycles through; `context` is per connection, reset at each cycle. */
  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request, context: Context) => Request
    onResponse?: (
      status: number,
      body: string,
      context: Context,
      headers: Record<string, string>
    ) => void
  }

  export interface Options {
    url: string
    connections?: number
    duration?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: Request[]
    /** Requests per second across all connections (a fixed rate instead of as fast as possible). */
    overallRate?: number
    /** Seconds before a request counts as timed out. */
    timeout?: number
  }

  interface Histogram {
    average: number
    p50: number
    p90: number
    p99: number
    max: number
  }

  export interface Result {
    latency: Histogram
    requests: Histogram & { total: number }
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }

  export interface Instance extends EventEmitter {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void
    ): this
    stop(): void
  }

  function autocannon(
    options: Options,
    callback: (error: Error | null, result: Result) => void
  ): Instance
  export default autocannon
}
