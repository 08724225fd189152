import vine from '@vinejs/vine'
import { SEED_PROFILES } from '#platform/seeding/seed_runner'

export const seedValidator = vine.create({
  profile: vine.enum(SEED_PROFILES),
  /** Required to seed in production. */
  force: vine.boolean().optional(),
})
