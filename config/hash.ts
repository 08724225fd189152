import { defineConfig } from '@adonisjs/core/hash'
import { gatedScrypt } from '#platform/security/gated_scrypt'

const hashConfig = defineConfig({
  default: 'scrypt',

  list: {
    // drivers.scrypt with at most two hashes computed at once (16 MB each): see gated_scrypt.ts.
    scrypt: gatedScrypt({
      cost: 16384,
      blockSize: 8,
      parallelization: 1,
      maxMemory: 33554432,
    }),
  },
})

export default hashConfig

/**
 * Inferring types for the list of hashers you have configured
 * in your application.
 */
declare module '@adonisjs/core/types' {
  export interface HashersList extends InferHashers<typeof hashConfig> {}
}
