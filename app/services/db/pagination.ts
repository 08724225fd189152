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
 * count runs on its own.
 */
export async function paginateRows<Row extends Record<string, unknown>>(
  query: ModelQueryBuilderContract<LucidModel, any>,
  page: number,
  perPage: number
): Promise<SimplePaginator> {
  const counting = query.clone()
  const rows: Row[] = await query
    .select(query.client.raw(`count(*) over () as ${TOTAL}`))
    .forPage(page, perPage)
    .pojo<Row>()
  let total: number
  if (rows.length) {
    total = Number(rows[0][TOTAL])
    for (const row of rows) delete row[TOTAL]
  } else {
    const counted = await counting.clearOrder().clearSelect().pojo<{ total: number | string }>().count('* as total')
    total = Number(counted[0]?.total ?? 0)
  }
  return new SimplePaginator(total, perPage, page, ...rows)
}
