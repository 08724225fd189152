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
  query: ModelQueryBuilderContract<LucidModel>,
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

/**
 * `paginateRows` for model queries: the page's models and the total in one
 * statement (Lucid's `paginate` sends a count query, then the page query: two
 * round trips). The same caveat on heavy counts applies.
 */
export async function paginateModels<Model extends LucidModel>(
  query: ModelQueryBuilderContract<Model, InstanceType<Model>>,
  page: number,
  perPage: number
) {
  const models = await query
    .select(query.client.raw(`count(*) over () as ${TOTAL}`))
    .forPage(page, perPage)
  let total: number
  if (models.length) {
    total = Number(models[0].$extras[TOTAL])
    for (const model of models) delete model.$extras[TOTAL]
  } else {
    const counted = await query
      .clearSelect()
      .clearOrder()
      .clearLimit()
      .clearOffset()
      .pojo<{ total: number | string }>()
      .count('* as total')
    total = Number(counted[0]?.total ?? 0)
  }
  return { models, meta: new SimplePaginator(total, perPage, page).getMeta() }
}
