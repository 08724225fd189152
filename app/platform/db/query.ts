import type {
  ChainableContract,
  DatabaseQueryBuilderContract,
  RawQueryBindings,
} from '@adonisjs/lucid/types/querybuilder'

/**
 * A reusable set of clauses (a scope, or the body of a subquery): takes any
 * Lucid query (`db.from(...)`, a model query, the builder a `where`/`whereIn`
 * callback receives) and returns that same query with its clauses added.
 */
export type QueryScope = <Query extends ChainableContract>(query: Query) => Query

/** A query over table rows (`db.from(...)`, `trx.from(...)`). */
export type RowQuery = DatabaseQueryBuilderContract

/** The `count('* as total')` of a query, as a number (0 for no row). */
export async function countOf(query: RowQuery) {
  const row = await query.count('* as total').first()
  return Number(row?.total ?? 0)
}

/**
 * Deletes the rows of `query` and answers their `columns` (RETURNING), in
 * one statement on the query's client. Lucid and knex compile no RETURNING
 * for a delete on SQLite (which has had it since 3.35), so the delete is
 * compiled, then run as a raw statement.
 */
export async function deleteReturning<Row>(query: RowQuery, columns: string[]): Promise<Row[]> {
  const { sql, bindings } = query.delete().toSQL()
  const returning = `${sql} returning ${columns.join(', ')}`
  const result = await query.client.rawQuery(returning, [...bindings] as RawQueryBindings)
  return Array.isArray(result) ? result : result.rows
}
