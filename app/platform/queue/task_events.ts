import { Redis, type RedisOptions } from 'ioredis'
import transmit from '@adonisjs/transmit/services/main'
import RealtimeService, {
  resourceChannel,
  type RealtimeMessage,
} from '#platform/realtime/realtime_service'
import { TASK_CHANNEL, type TaskState } from '#platform/queue/task'
import { reportConnectionError } from '#platform/runtime/quiet_errors'

/** What a watcher of a task receives (event `progress`) when it starts, reports progress, finishes or fails. */
export interface TaskEvent {
  taskId: string
  state: TaskState
  progress: number
}

type TaskMessage = RealtimeMessage<TaskEvent>
type Broadcastable = Parameters<typeof transmit.broadcastExcept>[1]

const realtime = new RealtimeService()

/**
 * Tells the watchers of a task where it stands, through transmit: the
 * in-process queue's way (no Redis). Workers use a TaskEventPublisher.
 * Fire-and-forget.
 */
export function announceTask(taskId: string, state: TaskState, progress: number) {
  realtime.toResource<TaskEvent>(TASK_CHANNEL, taskId, 'progress', { taskId, state, progress })
}

/**
 * The Redis pub/sub channel carrying task events from workers to the
 * processes that serve real-time streams. Pub/sub ignores the database
 * number, so the channel carries it (as transmit's relay channel does).
 */
export const taskEventsChannel = (db: number | string | undefined) =>
  `marquee::task-events::db${db ?? 0}`

/**
 * A worker's task events, published in batches on taskEventsChannel: one
 * PUBLISH carries every event announced while the previous one was on its way
 * (or during the same turn of the event loop), in order. Through transmit each
 * event was a PUBLISH of its own that every process subscribed to transmit's
 * relay, the worker included, received and decoded: two or three per job, a
 * quarter of a no-op job's cost. A TaskEventListener in each web process hands
 * them to its watchers. Fire-and-forget: events announced while Redis is
 * unreachable are dropped (the task's state stays readable over the tasks API).
 */
export class TaskEventPublisher {
  #redis: Redis
  #channel: string
  #pending: TaskMessage[] = []
  #scheduled = false
  #publishing: Promise<void> | null = null

  constructor(connection: RedisOptions) {
    this.#channel = taskEventsChannel(connection.db)
    this.#redis = new Redis({
      ...connection,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    })
    this.#redis.on('error', (error) => reportConnectionError('task events', error))
  }

  async connect() {
    await this.#redis.connect()
  }

  announce(taskId: string, state: TaskState, progress: number) {
    this.#pending.push({
      event: 'progress',
      data: { taskId, state, progress },
      sentAt: new Date().toISOString(),
    })
    if (this.#scheduled || this.#publishing) return
    this.#scheduled = true
    setImmediate(() => {
      this.#scheduled = false
      this.#publishing = this.#publish().finally(() => (this.#publishing = null))
    })
  }

  async #publish() {
    while (this.#pending.length > 0) {
      const batch = this.#pending
      this.#pending = []
      try {
        await this.#redis.publish(this.#channel, JSON.stringify(batch))
      } catch (error) {
        reportConnectionError('task events', error as Error)
      }
    }
  }

  /** Publishes what is pending (unless Redis is known to be unreachable), then disconnects. */
  async close(reachable = true) {
    if (reachable) {
      await this.#publishing
      await this.#publish()
      await this.#redis.quit().catch(() => this.#redis.disconnect())
    } else this.#redis.disconnect()
  }
}

/**
 * Receives the workers' task events (TaskEventPublisher) in a process that
 * serves real-time streams, and writes each to the streams of this process
 * watching that task (transmit's local delivery: every such process has its
 * own listener).
 */
export class TaskEventListener {
  #redis: Redis
  #channel: string

  constructor(connection: RedisOptions) {
    const channel = taskEventsChannel(connection.db)
    this.#redis = new Redis({ ...connection, lazyConnect: true, maxRetriesPerRequest: null })
    this.#redis.on('error', (error) => reportConnectionError('task events listener', error))
    this.#redis.on('message', (received: string, message: string) => {
      if (received !== channel) return
      let batch: unknown
      try {
        batch = JSON.parse(message)
      } catch {
        return
      }
      if (!Array.isArray(batch)) return
      for (const event of batch as TaskMessage[]) {
        const taskId = event?.data?.taskId
        if (typeof taskId !== 'string') continue
        // No sender to leave out: every stream of this process subscribed to the channel gets it.
        transmit.broadcastExcept(
          resourceChannel(TASK_CHANNEL, taskId),
          event as unknown as Broadcastable,
          []
        )
      }
    })
    this.#channel = channel
  }

  async start() {
    await this.#redis.connect()
    await this.#redis.subscribe(this.#channel)
  }

  async stop() {
    await this.#redis.quit().catch(() => this.#redis.disconnect())
  }
}
