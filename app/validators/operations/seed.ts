import vine from '@vinejs/vine'
import { SEED_PROFILES } from '#services/operations/seeding/profiles'

export const seedValidator = vine.create({
  profile: vine.enum(SEED_PROFILES),
  /** Required to seed in production. */
  force: vine.boolean().optional(),
})
