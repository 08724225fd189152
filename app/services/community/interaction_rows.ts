import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

type Key = Record<string, number>

/**
 * One-per-user rows (likes, downloads, ratings, votes) keyed by their unique
 * primary key. Counters move only by what a statement really changed, so they
 * stay exact under concurrent requests: a racing insert of the same key waits
 * for the first and is then ignored.
 */

/** Inserts the row unless its key exists; true when this call inserted it. */
export async function insertOnce(trx: TransactionClientContract, table: string, key: Key, values: Record<string, unknown> = {}) {
  const columns = Object.keys(key)
  const inserted = await trx.table(table).insert({ ...key, ...values }).onConflict(columns).ignore().returning(columns[0])
  return inserted.length > 0
}

/**
 * Sets `column` of the row to `value`, inserting the row when missing.
 * Returns the previous value, or null when this call inserted the row.
 */
export async function upsertValue(
  trx: TransactionClientContract,
  table: string,
  key: Key,
  column: string,
  value: number,
  extra: { insert?: Record<string, unknown>; update?: Record<string, unknown> } = {}
): Promise<number | null> {
  for (;;) {
    if (await insertOnce(trx, table, key, { [column]: value, ...extra.insert })) return null
    const existing = await trx.from(table).where(key).forUpdate().select(column).first()
    // Deleted between the two statements: insert again.
    if (!existing) continue
    const previous = Number(existing[column])
    if (previous !== value) await trx.from(table).where(key).update({ [column]: value, ...extra.update })
    return previous
  }
}

/** Deletes the row; returns its `column` value, or null when there was no row. */
export async function removeRow(trx: TransactionClientContract, table: string, key: Key, column: string): Promise<number | null> {
  const deleted: Record<string, unknown>[] = await trx.from(table).where(key).delete().returning(column)
  return deleted.length ? Number(deleted[0][column]) : null
}
