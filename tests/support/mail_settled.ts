import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import QueueService from '#platform/queue/queue_service'
import { waitFor } from '#tests/support/wait'

/** Where the current test began: the last outbox row and the time before it (see `markMailBaseline`). */
let baseline = { outboxId: 0, at: 0 }

/**
 * Called as each test starts (`isolate`): `mailSettled` then waits only on the
 * e-mails this test caused, not on an earlier test's job left delayed for a
 * retry, which would hold every later wait to its timeout.
 */
export async function markMailBaseline() {
  const last = await db.from('outbox').max('id as id').first()
  baseline = { outboxId: Number(last?.id ?? 0), at: Date.now() }
}

/**
 * Resolves once every e-mail the test caused so far has been delivered or has
 * failed: no mail job of it waits in the outbox to be relayed, and none waits,
 * runs or is delayed on the mail queue. A job completes only after the SMTP
 * server took its message, so after this the SMTP sink holds every message
 * that was going to arrive: a test can then assert that one did not.
 */
export async function mailSettled(timeoutMs = 10_000) {
  const queues = await app.container.make(QueueService)
  await waitFor(
    async () => {
      const unrelayed = await db
        .from('outbox')
        .where('queue', 'mail')
        .where('id', '>', baseline.outboxId)
        .whereNull('relayed_at')
        .count('* as total')
        .first()
      let pending = Number(unrelayed?.total ?? 0)
      for (const state of ['waiting', 'active', 'delayed'] as const) {
        const { tasks } = await queues.list({ state, queue: 'mail', perPage: 100 })
        pending += tasks.filter((task) => task.createdAt.getTime() >= baseline.at).length
      }
      return pending
    },
    { what: 'the mail outbox and queue to settle', until: (pending) => pending === 0, timeoutMs }
  )
}
