import { SimplePaginator } from '@adonisjs/lucid/database'
import type { ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'

/** Name of the window column carrying the total; taken off every row. */
const TOTAL = '__total_rows'

/**
 * A page of plain rows and the total in one statement (`count(*) over ()`)
 * instead of Lucid's count query plus page query. Only for queries where
 * counting every match costs about what reading the page does (few matches
 * per filter, no heavy joins): the window counts all matching rows before the
 * limit. A page past the end holds no row to carry the total, so then the
 * same query, stripped of its columns, order and page, runs as a count.
 */
export async function paginateRows<Row extends Record<string, unknown>>(
  query: ModelQueryBuilderContract<LucidModel, unknown>,
  page: number,
  perPage: number
): Promise<SimplePaginator> {
  const rows: Row[] = await query
    .select(query.client.raw(`count(*) over () as ${TOTAL}`))
    .forPage(page, perPage)
    .pojo<Row>()
  if (!rows.length) {
    const counted = await query
      .clearSelect()
      .clearOrder()
      .clearLimit()
      .clearOffset()
      .pojo<{ total: number | string }>()
      .count('* as total')
    return new SimplePaginator(Number(counted[0]?.total ?? 0), perPage, page)
  }
  const total = Number(rows[0][TOTAL])
  for (const row of rows) delete row[TOTAL]
  return new SimplePaginator(total, perPage, page, ...rows)
}
