import type { IncomingMessage } from 'node:http'
import { ApiError, NetworkError, type FieldError } from '../errors.js'

export interface Envelope<T> {
  data: T
  meta: Record<string, unknown>
}

export type Query = Record<string, string | number | boolean | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Sent without the access token (login, refresh). */
  anonymous?: boolean
  /** Aborts the request, or stops reading a stream. */
  signal?: AbortSignal
}

/** Where the access token comes from; `refresh` (stored sessions only) replaces the token a 401 refused. */
export interface Credentials {
  accessToken(): Promise<string | undefined>
  refresh?(refusedToken?: string): Promise<boolean>
}

/** A JSON answer as the server writes it: `{ data, meta }`, or `{ errors }` for a refusal. */
interface Payload {
  data?: unknown
  meta?: Record<string, unknown>
  errors?: FieldError[]
}

/** An HTTP answer: its status and headers, with the body still to read (as text, or as a stream). */
interface Answer {
  status: number
  statusText: string
  ok: boolean
  header(name: string): string | null
  text(): Promise<string>
  stream(): Promise<ReadableStream<Uint8Array>>
}

function answer(response: IncomingMessage): Answer {
  const status = response.statusCode ?? 0
  return {
    status,
    statusText: response.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    header: (name) => {
      const value = response.headers[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    },
    text: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of response) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    stream: async () =>
      process
        .getBuiltinModule('node:stream')
        .Readable.toWeb(response) as ReadableStream<Uint8Array>,
  }
}

/**
 * JSON over node:http(s), unwrapping `{ data, meta }` and turning `{ errors }`
 * into an {@link ApiError}. (Node's fetch would do, but loading it costs a
 * command more start-up time than all of its own code.)
 */
export class HttpClient {
  constructor(
    readonly server: string,
    private credentials?: Credentials
  ) {}

  url(path: string, query: Query = {}) {
    const url = new URL(path, this.server.endsWith('/') ? this.server : `${this.server}/`)
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, String(value))
    return url
  }

  async request<T>(
    method: string,
    path: string,
    options: RequestOptions = {}
  ): Promise<Envelope<T>> {
    return this.parse<T>(await this.authorized(method, path, options))
  }

  /** An authorized GET whose body the caller reads as it arrives (server-sent events); refusals throw like {@link request}. */
  async stream(path: string, options: RequestOptions = {}): Promise<ReadableStream<Uint8Array>> {
    const response = await this.authorized(
      'GET',
      path,
      options,
      'text/event-stream, application/json'
    )
    if (!response.ok) await this.parse(response)
    return response.stream()
  }

  private async authorized(method: string, path: string, options: RequestOptions, accept?: string) {
    const token = options.anonymous ? undefined : await this.credentials?.accessToken()
    let response = await this.send(method, path, options, token, accept)
    if (
      response.status === 401 &&
      token &&
      this.credentials?.refresh &&
      (await this.credentials.refresh(token))
    ) {
      response = await this.send(
        method,
        path,
        options,
        await this.credentials.accessToken(),
        accept
      )
    }
    return response
  }

  private async send(
    method: string,
    path: string,
    { query, body, signal }: RequestOptions,
    token: string | undefined,
    accept = 'application/json'
  ): Promise<Answer> {
    const url = this.url(path, query)
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string | number> = { accept }
    if (token) headers.authorization = `Bearer ${token}`
    if (payload !== undefined)
      Object.assign(headers, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      })
    // getBuiltinModule, not import(): the ESM face of node:http evaluates every lazy export, loading undici.
    const { request } =
      url.protocol === 'https:'
        ? process.getBuiltinModule('node:https')
        : process.getBuiltinModule('node:http')
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { method, headers, signal }, (response) =>
        resolve(answer(response))
      )
      outgoing.on('error', (error) => reject(new NetworkError(this.server, { cause: error })))
      outgoing.end(payload)
    })
  }

  private async parse<T>(response: Answer): Promise<Envelope<T>> {
    if (response.status === 204) return { data: undefined as T, meta: {} }
    const payload = await this.body(response)
    if (!response.ok) throw this.refusal(response, payload)
    return { data: payload.data as T, meta: payload.meta ?? {} }
  }

  /** The whole JSON answer, error or not (`marquee api`); refusals keep their status. */
  async raw(
    method: string,
    path: string,
    options: RequestOptions = {}
  ): Promise<{ status: number; body: unknown }> {
    const response = await this.authorized(method, path, options)
    if (response.status === 204) return { status: 204, body: null }
    return { status: response.status, body: await this.body(response) }
  }

  private async body(response: Answer): Promise<Payload> {
    const text = await response.text()
    try {
      return text ? JSON.parse(text) : {}
    } catch {
      throw new ApiError(response.status, [
        {
          code: `E_HTTP_${response.status}`,
          message: `unexpected non-JSON answer from ${this.server}`,
        },
      ])
    }
  }

  private refusal(response: Answer, payload: Payload) {
    const retryAfter = response.header('retry-after')
    const errors =
      Array.isArray(payload?.errors) && payload.errors.length
        ? payload.errors
        : [{ code: `E_HTTP_${response.status}`, message: response.statusText || 'request failed' }]
    return new ApiError(
      response.status,
      errors,
      retryAfter === null || Number.isNaN(Number(retryAfter)) ? undefined : Number(retryAfter)
    )
  }
}
