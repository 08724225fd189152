import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import TokenService from '#services/identity/token_service'
import { UserFactory } from '#database/factories/user_factory'
import { freePort, sharedServicesEnv, startServer } from '#tests/support/child_app'
import { waitFor } from '#tests/support/wait'

/**
 * Whether the app process `pid` listens for revocations: its revocation connection
 * (named after the process) holds a subscription. Counting a channel's subscribers
 * instead would be thrown off by other processes of the suite coming and going.
 */
async function subscribed(pid: number | undefined) {
  const clients = (await redis.connection('main').ioConnection.client('LIST')) as string
  return clients
    .split('\n')
    .some((line) => line.includes(` name=marquee-revocations-${pid} `) && !/ sub=0 /.test(line))
}

/**
 * Two real server processes on the suite's database and Redis. The member and
 * token are committed (no rolled-back test transaction here: the servers must
 * see them) and removed by the cleanup.
 */
test.group('identity / auth fast path across processes', () => {
  test('a token revoked through one process is refused by the other within 1 s', async ({
    assert,
    cleanup,
  }) => {
    const servers = await Promise.all(
      [0, 1].map(async () => {
        const port = await freePort()
        const server = startServer({
          ...sharedServicesEnv('test'),
          HOST: '127.0.0.1',
          PORT: String(port),
        })
        cleanup(() => server.stop())
        await server.ready
        return { base: `http://127.0.0.1:${port}/api/v1`, pid: server.pid }
      })
    )
    await waitFor(
      async () => (await Promise.all(servers.map((s) => subscribed(s.pid)))).every(Boolean),
      {
        what: 'both servers to subscribe to revocations',
        timeoutMs: 60_000,
        intervalMs: 100,
        ignoreErrors: true,
      }
    )
    const [first, second] = servers.map((server) => server.base)

    const user = await UserFactory.apply('shopper').create()
    cleanup(async () => {
      await db.from('auth_access_tokens').where('tokenable_id', user.id).delete()
      await db.from('refresh_tokens').where('user_id', user.id).delete()
      await db.from('users').where('id', user.id).delete()
    })
    const { accessToken } = await new TokenService().issue(user)
    const call = (base: string, path: string, method = 'GET') =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          'accept': 'application/json',
          'content-type': 'application/json',
          'authorization': `Bearer ${accessToken}`,
        },
        body: method === 'POST' ? '{}' : undefined,
        signal: AbortSignal.timeout(10_000),
      })
    const nameSeenBy = async (base: string) => {
      const res = await call(base, '/auth/me')
      assert.equal(res.status, 200)
      return ((await res.json()) as { data: { fullName: string } }).data.fullName
    }

    // The second process remembers the token: a write around the services is not seen there.
    const name = await nameSeenBy(second)
    await db.from('users').where('id', user.id).update({ full_name: 'Renamed Around Services' })
    assert.equal(await nameSeenBy(second), name)

    assert.equal((await call(first, '/auth/logout', 'POST')).status, 204)
    const loggedOutAt = Date.now()
    await waitFor(async () => (await call(second, '/auth/me')).status === 401, {
      what: 'the second process to refuse the token',
      timeoutMs: 1000,
      intervalMs: 10,
      ignoreErrors: true,
    })
    assert.isBelow(Date.now() - loggedOutAt, 1000)
  }).timeout(90_000)
})
