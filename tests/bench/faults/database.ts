/*
| Fault: PostgreSQL connection drop. The server reaches PostgreSQL through a
| TCP proxy of this script; the proxy drops every connection and refuses new
| ones for 5 s (only this server's connections to the bench database: the
| shared PostgreSQL is never touched). GET /health/db must answer 503
| E_DATABASE_DOWN during the outage, never another 5xx, and 200 again within
| 10 s after it.
*/
import net from 'node:net'
import { database, productionEnv, SERVER_PORT, step } from '#tests/bench/support/env'
import { sleep, startServer } from '#tests/bench/support/processes'
import { call } from '#tests/bench/support/api'

const PROXY_PORT = SERVER_PORT + 5
const OUTAGE_MS = 5000
const RECOVERY_MS = 10_000

/** A TCP proxy to PostgreSQL that can cut every connection and refuse new ones. */
class DatabaseProxy {
  #sockets = new Set<net.Socket>()
  #server?: net.Server

  start() {
    this.#server = net.createServer((socket) => {
      const upstream = net.connect(database.port, database.host)
      for (const end of [socket, upstream]) {
        this.#sockets.add(end)
        end.on('close', () => this.#sockets.delete(end))
        end.on('error', () => {})
      }
      socket.pipe(upstream).pipe(socket)
    })
    return new Promise<void>((resolve) =>
      this.#server!.listen(PROXY_PORT, '127.0.0.1', () => resolve())
    )
  }

  stop() {
    for (const socket of this.#sockets) socket.destroy()
    return new Promise<void>((resolve) =>
      this.#server ? this.#server.close(() => resolve()) : resolve()
    )
  }
}

export async function databaseFault() {
  step('Fault: PostgreSQL connections dropped, 5 s outage (TCP proxy), GET /health/db polled')
  const proxy = new DatabaseProxy()
  await proxy.start()
  const server = await startServer(
    productionEnv(SERVER_PORT + 2, { DB_HOST: '127.0.0.1', DB_PORT: String(PROXY_PORT) }),
    'server (db fault)'
  )
  const seen: { phase: string; status: number; code?: string }[] = []
  const poll = async (phase: string, untilMs: number, stopOn?: (status: number) => boolean) => {
    const deadline = Date.now() + untilMs
    while (Date.now() < deadline) {
      const { status, body } = await call(server.base, 'GET', '/health/db')
      seen.push({ phase, status, code: body?.errors?.[0]?.code })
      if (stopOn?.(status)) return Date.now()
      await sleep(100)
    }
    return null
  }
  try {
    await poll('before', 1000)
    await proxy.stop()
    await poll('outage', OUTAGE_MS)
    const restarted = Date.now()
    await proxy.start()
    const recoveredAt = await poll('after', RECOVERY_MS, (status) => status === 200)
    const count = (phase: string, test: (s: (typeof seen)[number]) => boolean) =>
      seen.filter((s) => s.phase === phase && test(s)).length
    const before = count('before', (s) => s.status === 200) === count('before', () => true)
    const clear503 = count('outage', (s) => s.status === 503 && s.code === 'E_DATABASE_DOWN')
    const other5xx = seen.filter(
      (s) => s.status >= 500 && !(s.status === 503 && s.code === 'E_DATABASE_DOWN')
    ).length
    console.log(`  before: ${count('before', () => true)} checks, all 200: ${before}`)
    console.log(
      `  outage: ${clear503}/${count('outage', () => true)} checks answered 503 E_DATABASE_DOWN; other 5xx anywhere: ${other5xx}`
    )
    console.log(
      `  after: ${recoveredAt ? `200 again ${recoveredAt - restarted} ms after PostgreSQL came back` : `no 200 within ${RECOVERY_MS / 1000} s`}`
    )
    const pass = before && clear503 > 0 && other5xx === 0 && recoveredAt !== null
    console.log(`  verdict: database fault ${pass ? 'PASS' : 'FAIL'}`)
    return pass
  } finally {
    await server.stop()
    await proxy.stop()
  }
}
