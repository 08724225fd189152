import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { redisUp } from '#platform/runtime/redis_state'
import QueueService, {
  assertJobId,
  jobRegistry,
  type JobClass,
  type PayloadOf,
  queuePrefix,
  taskId,
  type DispatchOptions,
} from '#platform/queue/queue_service'
import { dateOf, jobIdOf, type OutboxRow } from '#platform/outbox/outbox_rows'
import { sqlTime } from '#platform/db/time'
import { GroupCommit } from '#platform/db/group_commit'
import { currentTraceContext, parseTraceContext } from '#platform/tracing/trace_context'

export { pendingOutboxTask } from '#platform/outbox/outbox_rows'
import { OutboxRelay } from '#platform/outbox/outbox_relay'

export type { OutboxRelay }

export interface OutboxOptions extends DispatchOptions {
  /** The transaction of the change that causes the job: the job exists if and only if the change commits. */
  client?: QueryClientContract
  /**
   * Without `client`: resolve once the row was relayed (or the queue refused
   * it), for a short-lived process such as an ace command, which may exit
   * before a relay in the background ends.
   */
  awaitRelay?: boolean
}

/** Records why a row could not be relayed (it stays pending). */
const failed = (id: number, error: string) =>
  db
    .from('outbox')
    .where('id', id)
    .update({ last_error: error, attempts: db.raw('attempts + 1') })

/** Rows queued at about the same time (concurrent requests' after-commit relays) are marked relayed by one update. */
const relayedMarks = new GroupCommit<number, void>(async (ids) => {
  await db
    .from('outbox')
    .whereIn('id', ids)
    .update({ relayed_at: sqlTime(DateTime.utc()) })
  return ids.map(() => undefined)
})

/** Rows relayed per batch. */
const BATCH = 100
/** How long one relay pass may hold the relay lock (it renews nothing: a pass takes well under this). */
const RELAY_LOCK_MS = 30_000

/**
 * The transactional outbox: the one way a change queues a job (e-mails go
 * through MailService, which calls this). The job is a row written with the
 * change, in its transaction; once committed it is relayed to the queue under
 * the job id `outbox-<row id>` (or the caller's), so relaying a row twice adds
 * one job (BullMQ keeps one job per id, and a send-mail job records its
 * delivery under its task id). A row the queue refused (Redis down) stays and
 * is relayed by the relay loop (OutboxRelay, in web and worker processes)
 * once the queue answers again: an outage delays the job, never loses it.
 */
@inject()
export default class OutboxService {
  constructor(private queues: QueueService) {}

  /** Records the job and resolves to its task id; the job is queued once `client`'s transaction commits. */
  async dispatch<J extends JobClass>(
    job: J,
    payload: PayloadOf<J>,
    options: OutboxOptions = {}
  ): Promise<string> {
    if (options.jobId !== undefined) assertJobId(options.jobId)
    const client = options.client ?? db.connection()
    // The change's trace (a request, a command), continued by the job's span.
    const trace = currentTraceContext()
    const values = {
      queue: job.queue,
      job_name: job.jobName,
      payload: JSON.stringify(payload ?? null),
      job_id: options.jobId ?? null,
      trace_context: trace ? JSON.stringify(trace) : null,
      created_at: sqlTime(DateTime.utc(), client),
    }
    const [inserted] = await client.knexQuery().table('outbox').insert(values).returning('id')
    const id = typeof inserted === 'object' ? inserted.id : inserted
    const row: OutboxRow = { ...values, id }
    // The row as written is what the relay queues: no second read of it.
    const relayNow = () =>
      this.#relay(row).catch((error) =>
        logger.debug({ err: error }, 'outbox: relay after commit deferred')
      )
    if (options.client?.isTransaction)
      (options.client as TransactionClientContract).after('commit', async () => {
        void relayNow()
      })
    else if (options.awaitRelay) await relayNow()
    else void relayNow()
    return taskId(job.queue, jobIdOf({ id, job_id: options.jobId ?? null }))
  }

  /**
   * Relays the pending rows (the oldest first, up to BATCH), under a Redis
   * lock so relay loops of several processes do not repeat each other's work.
   * Stops at the first row the queue refuses. Resolves to the rows relayed
   * and whether the queue refused one.
   */
  async relayPending() {
    const lock = `${queuePrefix()}:outbox-relay`
    const token = `${process.pid}-${Math.random()}`
    // Without Redis (development) one process relays alone; the lock is taken once it uses Redis.
    const locked = redisUp()
    if (locked) {
      try {
        if ((await redis.set(lock, token, 'PX', RELAY_LOCK_MS, 'NX')) !== 'OK')
          return { relayed: 0, refused: false }
      } catch {
        return { relayed: 0, refused: true }
      }
    }
    try {
      const rows = await db
        .from('outbox')
        .whereNull('relayed_at')
        .orderBy('id')
        .limit(BATCH)
        .select('id')
      return await this.relayRows(rows.map((row) => row.id))
    } finally {
      if (locked)
        await redis
          .eval(
            `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`,
            1,
            lock,
            token
          )
          .catch(() => {})
    }
  }

  /** Queues the given rows that are still pending, in order; stops at the first the queue refuses. */
  private async relayRows(ids: number[]) {
    if (ids.length === 0) return { relayed: 0, refused: false }
    const rows: OutboxRow[] = await db
      .from('outbox')
      .whereIn('id', ids)
      .whereNull('relayed_at')
      .orderBy('id')
    let relayed = 0
    for (const row of rows) {
      const outcome = await this.#relay(row)
      if (outcome === 'refused') return { relayed, refused: true }
      if (outcome === 'relayed') relayed++
    }
    return { relayed, refused: false }
  }

  /**
   * Queues one row and marks it relayed; a row whose job class is unknown, or
   * that the queue refused, keeps its error and stays pending.
   */
  async #relay(row: OutboxRow): Promise<'relayed' | 'refused' | 'unknown'> {
    const job = jobRegistry.find(row.job_name)
    if (!job) {
      await failed(row.id, `No job class is registered as "${row.job_name}"`)
      return 'unknown'
    }
    try {
      await this.queues.enqueue(
        job,
        JSON.parse(row.payload),
        jobIdOf(row),
        parseTraceContext(row.trace_context)
      )
    } catch (error) {
      await failed(row.id, (error as Error).message.slice(0, 1000))
      return 'refused'
    }
    await relayedMarks.add(row.id)
    return 'relayed'
  }

  /** Rows not relayed yet and the age of the oldest, for health checks. */
  async backlog() {
    const row = await db
      .from('outbox')
      .whereNull('relayed_at')
      .count('* as count')
      .min('created_at as oldest')
      .first()
    return { pending: Number(row?.count ?? 0), oldestAt: row?.oldest ? dateOf(row.oldest) : null }
  }
}

/** Starts the loop that relays the outbox to the queues (web processes and queue:work); stop it on shutdown. */
export function startOutboxRelay(outbox: OutboxService) {
  const relay = new OutboxRelay(outbox)
  relay.start()
  return relay
}
