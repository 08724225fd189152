/** The part of autocannon's programmatic API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export interface Options {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
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
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): this
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance
  export default autocannon
}
