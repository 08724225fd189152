import type { Json } from '#tests/support/json'
/** A JSON call to the server under test; returns status and parsed body (null when not JSON). */
export async function call(
  base: string,
  method: string,
  path: string,
  {
    token,
    body,
    headers = {},
  }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: Json = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { status: response.status, body: json, bytes: Buffer.byteLength(text) }
}

/** Logs in and returns the access token; throws on anything but 200. */
export async function login(base: string, email: string, password: string): Promise<string> {
  const { status, body } = await call(base, 'POST', '/api/v1/auth/login', {
    body: { email, password },
  })
  if (status !== 200)
    throw new Error(`login of ${email} answered ${status}: ${JSON.stringify(body)}`)
  return body.data.tokens.accessToken
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
