import type {
  ChainableContract,
  DatabaseQueryBuilderContract,
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
