import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

type Key = Record<string, number>

/**
 * One-per-user rows (likes, downloads, ratings, votes) keyed by their unique
 * primary key. Counters move only by what a statement really changed, so they
 * stay exact under concurrent requests: a racing insert of the same key waits
 * for the first and is then ignored.
 */

/** Inserts the row unless its key exists; true when this call inserted it. */
export async function insertOnce(
  trx: TransactionClientContract,
  table: string,
  key: Key,
  values: Record<string, unknown> = {}
) {
  const columns = Object.keys(key)
  const insert = trx
    .table(table)
    .insert({ ...key, ...values })
    .onConflict(columns)
    .ignore()
  if (trx.dialect.name === 'postgres')
    return ((await insert.returning(columns[0])) as unknown[]).length > 0
  // Lucid answers the last rowid on SQLite even when the insert was ignored: ask SQLite what changed.
  await insert
  const [row] = await trx.rawQuery('select changes() as changed')
  return Number(row?.changed ?? 0) > 0
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
    if (previous !== value)
      await trx
        .from(table)
        .where(key)
        .update({ [column]: value, ...extra.update })
    return previous
  }
}

/** Deletes the row; returns its `column` value, or null when there was no row. */
export async function removeRow(
  trx: TransactionClientContract,
  table: string,
  key: Key,
  column: string
): Promise<number | null> {
  // Read then delete under a row lock: DELETE … RETURNING answers a bare count on SQLite.
  const existing = await trx.from(table).where(key).forUpdate().select(column).first()
  if (!existing) return null
  await trx.from(table).where(key).delete()
  return Number(existing[column])
}
