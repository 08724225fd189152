import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import AppException from '#exceptions/app_exception'
import PasswordResetJob from '#jobs/password_reset_job'
import AuditLog from '#models/audit_log'
import MailDelivery from '#models/mail_delivery'
import MailService from '#platform/mail/mail_service'
import OutboxService from '#platform/outbox/outbox_service'
import QueueService from '#platform/queue/queue_service'
import type { QueueBackend } from '#platform/queue/backend'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { waitFor } from '#tests/support/wait'
import { mailSettled } from '#tests/support/mail_settled'

/** The app's queues as they are during a Redis outage: nothing can be added or read. */
async function queueDown() {
  const real = await app.container.make(QueueService)
  const down = (): never => {
    throw new AppException(
      503,
      'E_QUEUE_UNAVAILABLE',
      'The mail queue is unreachable: Redis did not answer'
    )
  }
  const backend: QueueBackend = {
    mode: 'redis',
    add: async () => down(),
    find: async () => down(),
    list: async () => down(),
    retry: async () => down(),
    backlog: async () => down(),
    close: async () => {},
  }
  app.container.swap(QueueService, () => new QueueService(backend))
  return real
}

const pendingRows = () => db.from('outbox').whereNull('relayed_at').orderBy('id')

test.group('operations / outbox', (group) => {
  isolate(group)
  group.each.teardown(() => app.container.restore(QueueService))

  test('a password reset asked during a queue outage answers 202 queued and arrives exactly once after it', async ({
    client,
    assert,
  }) => {
    const { user } = await actor('shopper')
    await queueDown()
    const res = await client.post('/api/v1/auth/password/forgot').json({ email: user.email })
    res.assertStatus(202)
    assert.deepEqual(res.body().data, { queued: true })
    // The account lookup and the mail happen in a job, so the answer takes the same time for every address.
    // Other specs' processes may leave rows of their own: this test's row is the one carrying its member's address.
    const row = (await pendingRows()).find((pending) => pending.payload.includes(user.email))
    assert.containsSubset(row, { queue: 'mail', job_name: 'password_reset' })

    app.container.restore(QueueService)
    const outbox = await app.container.make(OutboxService)
    // Two relay passes at once (two processes after recovery), then one more: the job is queued once.
    await Promise.all([outbox.relayPending(), outbox.relayPending()])
    await outbox.relayPending()
    assert.isNotNull((await db.from('outbox').where('id', row.id).first()).relayed_at)

    await smtpSink.waitFor((m) => m.to.includes(user.email) && /password/i.test(m.subject), 15_000)
    const taskId = `mail:outbox-${row.id}`
    const queues = await app.container.make(QueueService)
    const task = await waitFor(() => queues.get(taskId), {
      until: (t) => t?.state === 'completed',
      timeoutMs: 15_000,
    })
    assert.equal(task?.attempts, 1)
    // A relay repeated after a crash (job id = outbox row id) adds nothing.
    await queues.enqueue(PasswordResetJob, JSON.parse(row.payload), `outbox-${row.id}`)
    assert.equal((await queues.get(taskId))?.state, 'completed')
    await mailSettled()
    assert.lengthOf(await MailDelivery.query().where('recipient', user.email), 1)
    assert.lengthOf(
      smtpSink.to(user.email).filter((m) => /password/i.test(m.subject)),
      1
    )
  }).timeout(30_000)

  test('a job of a change that rolls back is never queued', async ({ assert }) => {
    const mail = await app.container.make(MailService)
    const before = (await db.from('outbox').count('* as count').first())?.count
    await assert.rejects(() =>
      db.transaction(async (trx) => {
        await mail.send(
          'test',
          { to: 'rolled.back@example.test', requestedAt: new Date().toISOString() },
          { client: trx }
        )
        throw new Error('the change failed')
      })
    )
    assert.equal((await db.from('outbox').count('* as count').first())?.count, before)
  })

  test('a GDPR export asked during a queue outage is a waiting task, and runs once the queue is back', async ({
    client,
    assert,
  }) => {
    const { token, user } = await actor('shopper')
    await queueDown()
    const started = await client.post('/api/v1/me/exports').bearerToken(token)
    started.assertStatus(202)
    const taskId = started.body().data.taskId
    const status = await client
      .get(`/api/v1/me/exports/${encodeURIComponent(taskId)}`)
      .bearerToken(token)
    status.assertStatus(200)
    assert.equal(status.body().data.state, 'waiting')

    app.container.restore(QueueService)
    await (await app.container.make(OutboxService)).relayPending()
    await smtpSink.waitFor((m) => m.to.includes(user.email) && /export/i.test(m.subject), 20_000)
  }).timeout(40_000)

  test('admin "run now", seeding and a campaign export asked during a queue outage answer 202 queued, are waiting tasks, and run once after it', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const sponsor = await actor('sponsor')
    await queueDown()
    const queued = async (
      url: string,
      token: string,
      body: Record<string, unknown> = {}
    ): Promise<string> => {
      const res = await client.post(url).json(body).bearerToken(token)
      res.assertStatus(202)
      assert.equal(res.body().data.status, 'queued')
      return res.body().data.taskId
    }
    const runId = await queued('/api/v1/admin/batch/cleanup/run', admin.token)
    const seedId = await queued('/api/v1/admin/seed', admin.token, { profile: 'demo' })
    const exportId = await queued('/api/v1/campaign-exports', sponsor.token)

    for (const id of [runId, seedId]) {
      const task = await client
        .get(`/api/v1/admin/tasks/${encodeURIComponent(id)}`)
        .bearerToken(admin.token)
      task.assertStatus(200)
      assert.equal(task.body().data.state, 'waiting')
    }
    const exported = await client
      .get(`/api/v1/campaign-exports/${encodeURIComponent(exportId)}`)
      .bearerToken(sponsor.token)
    exported.assertStatus(200)
    assert.equal(exported.body().data.state, 'waiting')
    const audit = await AuditLog.query()
      .where('action', 'seed.run')
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(audit.details.taskId, seedId)

    // This test checks the seeding job is recorded; it does not run a whole demo seed.
    await db.from('outbox').where('job_name', 'seed').whereNull('relayed_at').delete()

    app.container.restore(QueueService)
    const outbox = await app.container.make(OutboxService)
    await Promise.all([outbox.relayPending(), outbox.relayPending()])
    await outbox.relayPending()
    const queues = await app.container.make(QueueService)
    for (const id of [runId, exportId]) {
      const task = await waitFor(() => queues.get(id), {
        until: (t) => t?.state === 'completed',
        timeoutMs: 20_000,
      })
      assert.equal(task?.attempts, 1)
    }
    const runs = await db.from('batch_runs').where('task', 'cleanup').where('trigger', 'admin')
    assert.lengthOf(runs, 1)
    assert.equal(runs[0].task_id, runId)
  }).timeout(40_000)
})
