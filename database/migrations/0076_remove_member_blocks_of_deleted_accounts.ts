import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  /** Account deletion now removes a member's blocks in both directions; this clears those left by earlier deletions. */
  async up() {
    this.defer(async (db) => {
      const deleted = db.from('users').whereNotNull('deleted_at').select('id')
      await db
        .from('member_blocks')
        .whereIn('blocker_id', deleted)
        .orWhereIn('blocked_id', db.from('users').whereNotNull('deleted_at').select('id'))
        .delete()
    })
  }

  /** Nothing to restore: the removed rows named accounts that no longer exist. */
  async down() {}
}
