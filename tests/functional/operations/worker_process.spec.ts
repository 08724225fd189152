import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { Queue } from 'bullmq'
import MailDelivery from '#models/mail_delivery'
import MailService from '#platform/mail/mail_service'
import { queueConnection, queuePrefix } from '#platform/queue/config'
import QueueService from '#platform/queue/queue_service'
import { GatedSmtp } from '#tests/support/gated_smtp'
import { testWorkers } from '#tests/support/queue'
import { killStrayWorkers, startWorker } from '#tests/support/worker_process'
import { waitFor } from '#tests/support/wait'

/** Short locks, so a dead worker's job is taken over within about a second. */
const FAST_TAKEOVER = [
  '--queue',
  'mail',
  '--concurrency',
  '1',
  '--lock-duration',
  '1000',
  '--stalled-interval',
  '300',
]

/**
 * `node ace queue:work` as real child processes on the test database and
 * Redis (this run's queue prefix), delivering to an SMTP server that can hold
 * a message mid-delivery. The in-process mail workers step aside meanwhile.
 * Nothing here runs in a test transaction: the workers commit for real.
 */
test.group('operations / queue:work processes', (group) => {
  const smtp = new GatedSmtp()
  const deliveryKeys: string[] = []

  group.each.teardown(() => killStrayWorkers())

  group.setup(async () => {
    await testWorkers.stop(['mail'])
    await smtp.start()
    return async () => {
      await smtp.stop()
      await MailDelivery.query().whereIn('delivery_key', deliveryKeys).delete()
      await testWorkers.start(['mail'])
    }
  })

  /** A job left waiting on purpose, not left for the next test's worker. */
  async function removeTask(taskId: string) {
    const queue = new Queue('mail', { connection: queueConnection(), prefix: queuePrefix() })
    await (await queue.getJob(taskId.slice('mail:'.length)))?.remove()
    await queue.close()
  }

  async function queueTestMail() {
    const to = `worker.${randomBytes(4).toString('hex')}@example.test`
    const mailer = await app.container.make(MailService)
    const taskId = (await mailer.send('test', { to, requestedAt: new Date().toISOString() }))!
    deliveryKeys.push(taskId)
    return { to, taskId }
  }

  const task = async (id: string) => (await app.container.make(QueueService)).get(id)

  test('a job survives a worker killed mid-run and completes exactly once on restart', async ({
    assert,
  }) => {
    smtp.hold()
    const { to, taskId } = await queueTestMail()
    const env = { SMTP_PORT: String(smtp.port) }

    const first = startWorker(FAST_TAKEOVER, env)
    await waitFor(async () => smtp.held, { until: (held) => held === 1, timeoutMs: 30_000 })
    assert.equal((await task(taskId))?.state, 'active')
    first.kill('SIGKILL')
    assert.isNull(await first.exited)
    // The killed worker's connection closed before the server acknowledged the message: nothing was delivered.
    await waitFor(async () => smtp.held, { until: (held) => held === 0 })
    assert.lengthOf(smtp.to(to), 0)

    smtp.release()
    const second = startWorker(FAST_TAKEOVER, env)
    try {
      const done = await waitFor(() => task(taskId), {
        until: (t) => t?.state === 'completed',
        timeoutMs: 30_000,
      })
      assert.equal(done!.attempts, 2)
      assert.containsSubset(done!.result, { to, alreadySent: false })
      assert.lengthOf(smtp.to(to), 1)
      const deliveries = await MailDelivery.query().where('delivery_key', taskId)
      assert.lengthOf(deliveries, 1)
      assert.equal(deliveries[0].status, 'sent')
    } finally {
      second.kill('SIGTERM')
      assert.equal(await second.exited, 0, second.output())
    }
  }).timeout(60_000)

  test('SIGTERM lets the running job finish, takes no new one, then the worker exits 0', async ({
    assert,
  }) => {
    smtp.hold()
    const { to, taskId } = await queueTestMail()
    const worker = startWorker(['--queue', 'mail'], {
      SMTP_PORT: String(smtp.port),
      LOG_LEVEL: 'info',
    })
    await waitFor(async () => smtp.held, { until: (held) => held === 1, timeoutMs: 30_000 })

    worker.kill('SIGTERM')
    await worker.waitForOutput(/finishing the running jobs/)
    assert.isTrue(worker.running(), 'the worker must wait for its running job')
    assert.equal((await task(taskId))?.state, 'active')
    // Queued while the worker is stopping: it stays for the next worker.
    const late = await queueTestMail()

    smtp.release()
    assert.equal(await worker.exited, 0, worker.output())
    assert.equal((await task(taskId))?.state, 'completed')
    assert.lengthOf(smtp.to(to), 1)
    // One log line per finished job: name, task id, duration, outcome.
    assert.match(worker.output(), new RegExp(`job send_mail ${taskId} completed in \\d+ ms`))
    assert.equal((await task(late.taskId))?.state, 'waiting')
    assert.lengthOf(smtp.to(late.to), 0)
    await removeTask(late.taskId)
  }).timeout(60_000)

  test('SIGINT stops the worker the same way, also with a free slot waiting for jobs', async ({
    assert,
  }) => {
    smtp.hold()
    const { to, taskId } = await queueTestMail()
    // Concurrency 2: while one job runs, the worker blocks on Redis waiting for a second one.
    const worker = startWorker(['--queue', 'mail', '--concurrency', '2'], {
      SMTP_PORT: String(smtp.port),
    })
    await waitFor(async () => smtp.held, { until: (held) => held === 1, timeoutMs: 30_000 })

    worker.kill('SIGINT')
    await worker.waitForOutput(/finishing the running jobs/)
    assert.isTrue(worker.running(), 'the worker must wait for its running job')
    // Wakes the waiting slot: a stopping worker must leave the job in the queue.
    const late = await queueTestMail()
    smtp.release()
    assert.equal(await worker.exited, 0, worker.output())
    assert.equal((await task(taskId))?.state, 'completed')
    assert.lengthOf(smtp.to(to), 1)
    assert.equal((await task(late.taskId))?.state, 'waiting')
    assert.lengthOf(smtp.to(late.to), 0)
    await removeTask(late.taskId)
  }).timeout(60_000)

  test('unknown queues and a bad concurrency exit non-zero with a clear message', async ({
    assert,
  }) => {
    const unknown = startWorker(['--queue', 'nope'], {})
    assert.equal(await unknown.exited, 1)
    assert.include(unknown.output(), 'Unknown queue nope')
    const concurrency = startWorker(['--queue', 'mail', '--concurrency', '0'], {})
    assert.equal(await concurrency.exited, 1)
    assert.include(concurrency.output(), '--concurrency must be a whole number of at least 1')
  }).timeout(60_000)
})
