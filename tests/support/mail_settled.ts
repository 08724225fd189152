import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import QueueService from '#platform/queue/queue_service'
import { waitFor } from '#tests/support/wait'

/**
 * Resolves once every e-mail caused so far has been delivered or has failed:
 * no mail job waits in the outbox to be relayed, and none waits, runs or is
 * delayed on the mail queue. A job completes only after the SMTP server took
 * its message, so after this the SMTP sink holds every message that was going
 * to arrive: a test can then assert that one did not.
 */
export async function mailSettled(timeoutMs = 10_000) {
  const queues = await app.container.make(QueueService)
  await waitFor(
    async () => {
      const unrelayed = await db
        .from('outbox')
        .where('queue', 'mail')
        .whereNull('relayed_at')
        .count('* as total')
        .first()
      let pending = Number(unrelayed?.total ?? 0)
      for (const state of ['waiting', 'active', 'delayed'] as const)
        pending += (await queues.list({ state, queue: 'mail', perPage: 1 })).meta.total
      return pending
    },
    { what: 'the mail outbox and queue to settle', until: (pending) => pending === 0, timeoutMs }
  )
}
