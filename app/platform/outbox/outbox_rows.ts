import db from '@adonisjs/lucid/services/db'
import { jobRegistry, taskId, type QueueName, type Task } from '#platform/queue/queue_service'

export interface OutboxRow {
  id: number
  queue: QueueName
  job_name: string
  payload: string
  job_id: string | null
  trace_context?: string | null
  created_at: Date | string
}

/** The queue job id of a row: the caller's, or `outbox-<row id>`. */
export const jobIdOf = (row: Pick<OutboxRow, 'id' | 'job_id'>) => row.job_id ?? `outbox-${row.id}`

/** A timestamp column as read: a Date (PostgreSQL) or UTC text (SQLite). */
export const dateOf = (value: Date | string) =>
  value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`)

/** The task of a job still waiting in the outbox (recorded, not yet relayed to its queue), as the tasks API shows it. */
export async function pendingOutboxTask(queue: QueueName, jobId: string): Promise<Task | null> {
  const byRowId = /^outbox-(\d+)$/.exec(jobId)
  const query = db.from('outbox').where('queue', queue).whereNull('relayed_at')
  const row: OutboxRow | null = byRowId
    ? await query.where('id', Number(byRowId[1])).whereNull('job_id').first()
    : await query.where('job_id', jobId).first()
  if (!row) return null
  return {
    id: taskId(queue, jobId),
    queue,
    name: row.job_name,
    state: 'waiting',
    progress: 0,
    result: null,
    error: null,
    attempts: 0,
    maxAttempts: jobRegistry.find(row.job_name)?.attempts ?? 1,
    createdAt: dateOf(row.created_at),
    startedAt: null,
    finishedAt: null,
  }
}
