import { Scrypt } from '@adonisjs/core/hash/drivers/scrypt'
import type { ScryptConfig } from '@adonisjs/core/types/hash'

/**
 * Most scrypt computations running at once in a process. Each holds
 * 128 × cost × blockSize bytes (16 MB at cost 16384, block size 8) on a libuv
 * thread; with the pool's four threads busy on logins that was 64 MB of RSS
 * at the peak of a login burst (bench: peak 227 MB, 193 MB with two at a
 * time). On the two cores of a server two at a time finish as many logins
 * per second, and they leave two threads of the pool to compression and
 * file reads instead of queueing them behind 60 ms hashes.
 */
export const SCRYPT_CONCURRENCY = 2

/** A counting semaphore: `run` waits for one of `slots` before calling `task`. */
export class Slots {
  #free: number
  #waiting: (() => void)[] = []

  constructor(slots: number) {
    this.#free = slots
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--
    else await new Promise<void>((resolve) => this.#waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = this.#waiting.shift()
      if (next) next()
      else this.#free++
    }
  }
}

const slots = new Slots(SCRYPT_CONCURRENCY)

/** The scrypt driver of @adonisjs/core with at most SCRYPT_CONCURRENCY hashes computed at once (process-wide). */
export class GatedScrypt extends Scrypt {
  make(value: string) {
    return slots.run(() => super.make(value))
  }

  verify(hashedValue: string, plainValue: string) {
    return slots.run(() => super.verify(hashedValue, plainValue))
  }
}

/** `drivers.scrypt` of @adonisjs/core, gated: see SCRYPT_CONCURRENCY. */
export const gatedScrypt = (config: ScryptConfig) => () => new GatedScrypt(config)
