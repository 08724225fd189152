/** A wrong invocation (unknown option, missing --yes, a malformed date or URL, …): exit code 2. */
export class UsageError extends Error {}

/** No usable login for the profile and server (gh's "log in first"): exit code 4. */
export class LoginRequiredError extends Error {}

/** Ctrl-C at a prompt: exit code 130, like a shell command interrupted by SIGINT. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted')
  }
}

export interface FieldError {
  code: string
  message: string
  field?: string
}

/** An error answered by the server in its `{ errors: [{ code, message, field? }] }` shape. */
export class ApiError extends Error {
  readonly code: string
  readonly field?: string

  constructor(
    readonly status: number,
    readonly errors: FieldError[],
    /** Seconds the server asks to wait (429). */
    readonly retryAfter?: number
  ) {
    super(errors[0].message)
    this.code = errors[0].code
    this.field = errors[0].field
  }
}

export class NetworkError extends Error {
  constructor(server: string, cause: unknown) {
    const reason = (cause as { cause?: { code?: string; message?: string } }).cause
    super(
      `cannot reach the server at ${server} (${reason?.code ?? reason?.message ?? (cause as Error).message})`
    )
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2, login: 4, interrupted: 130 } as const

/** `targetTypes.0` → `targetTypes (item 1)`: the server names fields by their JSON path. */
const fieldInWords = (field: string) =>
  field.replace(/\.(\d+)/g, (_, index: string) => ` (item ${Number(index) + 1})`)

function apiErrorLines(error: ApiError) {
  if (error.status === 429) {
    const wait = error.retryAfter === undefined ? 'a moment' : `${error.retryAfter} s`
    return `error: too many requests: the server asks to wait ${wait} before trying again`
  }
  if (error.status === 422 && error.errors.some((e) => e.field)) {
    const lines = error.errors.map(
      (e) => `  ${e.field ? `${fieldInWords(e.field)}: ` : ''}${e.message}`
    )
    return `error: the server refused the input:\n${lines.join('\n')}`
  }
  const where = error.field ? ` (${fieldInWords(error.field)})` : ''
  return `error: ${error.code}${where}: ${error.message}`
}

export function describeError(error: unknown): { line: string; exitCode: number } {
  if (error instanceof UsageError) return { line: `error: ${error.message}`, exitCode: EXIT.usage }
  if (error instanceof LoginRequiredError)
    return { line: `error: ${error.message}`, exitCode: EXIT.login }
  if (error instanceof InterruptedError) return { line: '', exitCode: EXIT.interrupted }
  if (error instanceof ApiError)
    return {
      line: apiErrorLines(error),
      exitCode: error.status === 401 ? EXIT.login : EXIT.failure,
    }
  return { line: `error: ${(error as Error).message ?? String(error)}`, exitCode: EXIT.failure }
}
