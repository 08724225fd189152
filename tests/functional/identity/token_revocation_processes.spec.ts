import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'
import TokenService from '#services/identity/token_service'
import { REVOCATIONS_CHANNEL } from '#services/identity/session_revocations'
import { UserFactory } from '#database/factories/user_factory'
import { freePort, sharedServicesEnv, startServer } from '#tests/support/child_app'
import { waitFor } from '#tests/support/wait'

/** App processes (and this one) subscribed to the revocations of the suite's Redis database. */
async function subscribers() {
  const channel = `${REVOCATIONS_CHANNEL}:db${env.get('REDIS_DB', 0)}`
  const [, count] = (await redis.connection('main').ioConnection.pubsub('NUMSUB', channel)) as [
    string,
    number,
  ]
  return Number(count)
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
    const before = await subscribers()
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
        return `http://127.0.0.1:${port}/api/v1`
      })
    )
    await waitFor(async () => (await subscribers()) >= before + 2, {
      what: 'both servers to subscribe to revocations',
      timeoutMs: 60_000,
      intervalMs: 100,
      ignoreErrors: true,
    })
    const [first, second] = servers

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
