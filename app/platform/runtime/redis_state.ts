import { probeRedis, type RedisTarget } from '#platform/runtime/redis_probe'
import { PeriodicRunner } from '#platform/runtime/periodic_runner'

/**
 * Whether this process uses Redis: the one answer to "is Redis up" for every
 * part with a memory fallback (cache, rate limits, queues, presence, task
 * locks, the outbox relay lock, session revocations, health). It is about the
 * process's stores, not the connection: once in use, Redis stays in use
 * through an outage (each part has its own outage handling), while a
 * development process that started without it runs on memory until Redis
 * first answers (`watchForRedis`), then switches once and for good.
 *
 * Plain module state without imports from the app, so config/redis.ts can
 * set it before the container is configured (also in scripts without an app).
 */
let up = false
const pending: Array<() => void | Promise<void>> = []

export function redisUp() {
  return up
}

/** Set once by config/redis.ts from the probe at boot. */
export function startedWithRedis(answered: boolean) {
  up = answered
}

/**
 * Runs `callback` once Redis is in use: at once (synchronously) when it is
 * already, else when the process switches to it. At the switch, callbacks run
 * one after another in registration order; a failing one is reported through
 * the watch's `onError` and does not keep the others from running.
 */
export function onRedisAvailable(callback: () => void | Promise<void>) {
  // The async wrapper runs `callback` synchronously up to its first await.
  if (up) (async () => callback())().catch((error) => console.error(error))
  else pending.push(callback)
}

/**
 * Switches the process to Redis: from now on `redisUp()` answers true, then
 * the `onRedisAvailable` callbacks run. Does nothing when Redis is in use already.
 */
export async function switchToRedis(onError: (error: unknown) => void = () => {}) {
  if (up) return
  up = true
  for (const callback of pending.splice(0)) {
    try {
      await callback()
    } catch (error) {
      onError(error)
    }
  }
}

export interface RedisWatchOptions {
  /** Milliseconds between probes. */
  intervalMs?: number
  /** Called once, before the switch (the one line saying so). */
  onSwitch: () => void
  onError: (error: unknown) => void
}

/**
 * While the process runs on its memory fallback, probes Redis every few
 * seconds (plain TCP, as at boot; the timer does not keep the process alive)
 * and switches the process to Redis the first time it answers, then stops.
 * `stop` (on shutdown) ends the watch; a process stopping never switches.
 */
export function watchForRedis(target: RedisTarget, options: RedisWatchOptions) {
  let stopped = false
  const runner: PeriodicRunner = new PeriodicRunner({
    delay: () => options.intervalMs ?? 2000,
    unref: true,
    run: async () => {
      if (up || stopped) return void runner.stop()
      if (!(await probeRedis(target, 1000)) || stopped || up) return
      void runner.stop()
      options.onSwitch()
      await switchToRedis(options.onError)
    },
  })
  runner.start()
  return {
    stop: async () => {
      stopped = true
      await runner.stop()
    },
  }
}
