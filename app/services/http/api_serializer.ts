import { BaseSerializer } from '@adonisjs/core/transformers'

export interface PageMeta {
  page: number
  perPage: number
  total: number
  lastPage: number
}

/**
 * The one pagination shape: Lucid paginator metadata reduced to
 * `{ page, perPage, total, lastPage }`.
 */
export class ApiSerializer extends BaseSerializer<{ Wrap: 'data'; PaginationMetaData: PageMeta }> {
  wrap = 'data' as const

  definePaginationMetaData(metaData: unknown): PageMeta {
    if (!this.isLucidPaginatorMetaData(metaData)) {
      throw new Error('Paginated responses need Lucid paginator metadata (paginator.getMeta())')
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
