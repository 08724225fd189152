import { hostname } from 'node:os'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { actor } from '#tests/support/auth'
import { freePort, sharedServicesEnv, startServer } from '#tests/support/child_app'
import { waitFor } from '#tests/support/wait'

const PASSWORD = 'stopping-password-1'

test.group('operations / stopping the development server', () => {
  test('after logins, an e-mail and a scheduler tick, the dev server exits within 5 s of SIGTERM and of SIGINT', async ({
    assert,
    cleanup,
  }) => {
    // Committed (no test transaction): the child server reads them.
    const { user, token } = await actor('admin', { password: PASSWORD })
    cleanup(async () => {
      await User.query().where('id', user.id).delete()
    })

    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const [port, smtpPort, catcherPort] = [await freePort(), await freePort(), await freePort()]
      const base = `http://127.0.0.1:${port}`
      const server = startServer({
        ...sharedServicesEnv('development'),
        // Its own queues: the suite's in-process worker must not take this server's jobs.
        QUEUE_PREFIX: `stopping-${process.pid}-${signal}`,
        HOST: '127.0.0.1',
        PORT: String(port),
        SMTP_PORT: String(smtpPort),
        MAIL_CATCHER_PORT: String(catcherPort),
        SCHEDULER_IN_PROCESS: 'true',
        AUTH_RATE_LIMIT: '1000',
      })
      cleanup(() => server.stop())
      await server.ready
      const scheduler = `in-process@${hostname()}:${server.pid}`
      cleanup(async () => {
        await db.from('scheduler_heartbeats').where('scheduler', scheduler).delete()
      })

      for (let i = 0; i < 3; i++) {
        const login = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept': 'application/json' },
          body: JSON.stringify({ email: user.email, password: PASSWORD }),
        })
        assert.equal(login.status, 200)
      }
      // A delivered e-mail leaves a pooled SMTP connection open to the mail catcher.
      const to = `stopping.${signal.toLowerCase()}.${process.pid}@example.test`
      const mail = await fetch(`${base}/api/v1/admin/test/mail`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept': 'application/json',
          'authorization': `Bearer ${token}`,
        },
        body: JSON.stringify({ email: to }),
      })
      assert.equal(mail.status, 202)
      await waitFor(
        async () => {
          const inbox = await fetch(`http://127.0.0.1:${catcherPort}/api/messages`)
          return JSON.stringify(await inbox.json()).includes(to)
        },
        {
          what: 'the mail catcher to receive the e-mail',
          timeoutMs: 30_000,
          intervalMs: 100,
          ignoreErrors: true,
        }
      )
      await waitFor(() => db.from('scheduler_heartbeats').where('scheduler', scheduler).first(), {
        what: 'a tick of the in-process scheduler',
        timeoutMs: 30_000,
        intervalMs: 100,
        ignoreErrors: true,
      })

      const started = Date.now()
      process.kill(server.pid!, signal)
      const code = await server.exited
      const tookMs = Date.now() - started
      assert.isBelow(tookMs, 5000, `${signal}: exited after ${tookMs} ms\n${server.output()}`)
      assert.equal(code, 0, server.output())
    }
  }).timeout(120_000)
})
