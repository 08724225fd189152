import { BaseSerializer } from '@adonisjs/core/transformers'

export interface PageMeta {
  page: number
  perPage: number
  total: number
  lastPage: number
}

/** Pages built outside Lucid (e.g. queue listings) pass their PageMeta as is. */
function isPageMeta(metaData: unknown): metaData is PageMeta {
  if (!metaData || typeof metaData !== 'object') return false
  const meta = metaData as Record<string, unknown>
  return (
    Object.keys(meta).length === 4 &&
    ['page', 'perPage', 'total', 'lastPage'].every((key) => typeof meta[key] === 'number')
  )
}

/**
 * The one pagination shape: Lucid paginator metadata reduced to
 * `{ page, perPage, total, lastPage }`.
 */
export class ApiSerializer extends BaseSerializer<{ Wrap: 'data'; PaginationMetaData: PageMeta }> {
  wrap = 'data' as const

  definePaginationMetaData(metaData: unknown): PageMeta {
    if (isPageMeta(metaData)) return metaData
    if (!this.isLucidPaginatorMetaData(metaData)) {
      throw new Error(
        'Paginated responses need Lucid paginator metadata (paginator.getMeta()) or a PageMeta'
      )
    }
    return {
      page: Number(metaData.currentPage),
      perPage: Number(metaData.perPage),
      total: Number(metaData.total),
      lastPage: Number(metaData.lastPage),
    }
  }
}

export const apiSerializer = new ApiSerializer()
