import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { PageMeta } from '#platform/http/api_serializer'

/** Name of the column carrying the total on every row (row mappers leave it out); `rowsPage` reads it. */
export const TOTAL = '__total_rows'

/**
 * Selects the total of all matching rows on each row (`count(*) over ()`), so a
 * page and its total come in one statement instead of Lucid's count query plus
 * page query. Only for queries where counting every match costs about what
 * reading the page does (few matches per filter, no heavy joins): the window
 * counts all matching rows before the limit.
 */
export function selectTotal<Query extends ChainableContract>(query: Query) {
  return query.select(db.raw(`count(*) over () as ${TOTAL}`))
}

/** A page of plain rows and its PageMeta. */
export interface RowsPage<Row> {
  rows: Row[]
  meta: PageMeta
}

/**
 * The page of rows a query read with the total in its TOTAL column
 * (`selectTotal`, or a count subquery selected as TOTAL), with its meta. A page
 * past the end holds no row to carry the total: `count` (the same filters, counted) gives it then.
 */
export async function rowsPage<Row extends object>(
  rows: Row[],
  page: number,
  perPage: number,
  count: () => Promise<number>
): Promise<RowsPage<Row>> {
  const total = rows.length ? Number((rows[0] as Record<string, unknown>)[TOTAL]) : await count()
  return { rows, meta: { page, perPage, total, lastPage: Math.max(1, Math.ceil(total / perPage)) } }
}
