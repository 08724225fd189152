/** A wrong invocation (unknown option, missing --yes, …): exit code 2. */
export class UsageError extends Error {}

/** An error answered by the server in its `{ errors: [{ code, message, field? }] }` shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string
  ) {
    super(message)
  }
}

export class NetworkError extends Error {
  constructor(server: string, cause: unknown) {
    const reason = (cause as { cause?: { code?: string; message?: string } }).cause
    super(`cannot reach the server at ${server} (${reason?.code ?? reason?.message ?? (cause as Error).message})`)
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

export function describeError(error: unknown): { line: string; exitCode: number } {
  if (error instanceof UsageError) return { line: `error: ${error.message}`, exitCode: EXIT.usage }
  if (error instanceof ApiError) {
    const where = error.field ? ` (${error.field})` : ''
    return { line: `error: ${error.code}${where}: ${error.message}`, exitCode: EXIT.failure }
  }
  return { line: `error: ${(error as Error).message ?? String(error)}`, exitCode: EXIT.failure }
}
