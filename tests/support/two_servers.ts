import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, run, startServer } from '#tests/support/child_app'
import { openStream } from '#tests/support/sse'
import { waitFor } from '#tests/support/wait'

/** A signed-in member of a child server. */
export interface Session {
  id: number
  token: string
}

const bearer = (token?: string): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {}

/** A JSON request to a child server. */
export function call(method: string, url: string, token?: string, body?: unknown) {
  return fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...bearer(token) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

export async function login(base: string, email: string, password: string): Promise<Session> {
  const response = await call('POST', `${base}/api/v1/auth/login`, undefined, { email, password })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`login of ${email} failed: ${text}`)
  const { data } = JSON.parse(text) as {
    data: { user: { id: number }; tokens: { accessToken: string } }
  }
  return { id: data.user.id, token: data.tokens.accessToken }
}

/**
 * Two app processes (development mode) on one migrated and seeded SQLite file
 * and the Redis database `env` names: what one writes or broadcasts, the other
 * reads or delivers. `stop()` stops both and removes the file.
 */
export async function startTwoServers(
  name: string,
  env: Record<string, string>,
  startTimeoutMs?: number
) {
  const dir = mkdtempSync(join(tmpdir(), `marquee-${name}-`))
  const servers: ReturnType<typeof startServer>[] = []
  const stop = async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const shared = {
      NODE_ENV: 'development',
      DB_CONNECTION: 'sqlite',
      SQLITE_FILE: join(dir, 'shared.sqlite3'),
      HOST: '127.0.0.1',
      AUTH_RATE_LIMIT: '1000',
      AUTH_CLIENT_RATE_LIMIT: '1000',
      MAIL_CATCHER: 'false',
      ...env,
    }
    const migrated = await run(['ace.js', 'migration:run', '--force'], shared)
    if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`)
    const seeded = await run(['ace.js', 'db:seed'], shared)
    if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.output}`)
    const [portA, portB] = [await freePort(), await freePort()]
    servers.push(
      startServer({ ...shared, PORT: String(portA) }, startTimeoutMs),
      startServer({ ...shared, PORT: String(portB) }, startTimeoutMs)
    )
    await Promise.all(servers.map((server) => server.ready))
    return { a: `http://127.0.0.1:${portA}`, b: `http://127.0.0.1:${portB}`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * A server is up before its relay subscription to Redis is (transmit does not
 * await it): broadcast from B until a stream on A hears one, so the tests
 * start on a connected pair, however loaded the machine.
 */
export async function relayConnected(serverA: string, serverB: string, admin: Session) {
  const probe = await openStream(serverA, admin.token)
  try {
    await call('POST', `${serverA}/__transmit/subscribe`, admin.token, {
      uid: probe.uid,
      channel: `users/${admin.id}`,
    })
    await waitFor(
      async () => {
        await call('POST', `${serverB}/api/v1/admin/test/broadcast`, admin.token, {
          userId: admin.id,
          message: 'relay check',
        })
        return probe.next((m) => m.payload?.data?.message === 'relay check', 500).catch(() => false)
      },
      {
        what: 'the relay between the two servers',
        timeoutMs: 30_000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )
  } finally {
    probe.close()
  }
}
