import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import Sale from '#models/commerce/sale'
import AppException from '#exceptions/app_exception'
import { sqlTime } from '#platform/db/time'
import { apiSerializer } from '#platform/http/api_serializer'
import InvoiceService from '#services/commerce/invoice_service'
import { SALES_TAG } from '#services/commerce/sales_range'
import { utcDay } from '#services/analytics/date_buckets'
import CacheService from '#platform/cache/cache_service'
import SaleTransformer from '#transformers/commerce/sale_transformer'
import type { adminSalesValidator } from '#validators/commerce/sales'

type AdminFilters = Infer<typeof adminSalesValidator>

/** Sales (with their line items) for the buyer, and every sale for admins (cached, family `salesAnalytics`). */
@inject()
export default class SaleService {
  constructor(
    private cache: CacheService,
    private invoices: InvoiceService
  ) {}

  async mine(shopper: User, page = 1, perPage = 20) {
    return Sale.query()
      .where('user_id', shopper.id)
      .preload('items')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
  }

  async find(id: number) {
    const sale = await Sale.query().where('id', id).preload('items').preload('user').first()
    if (!sale) throw AppException.notFound('Sale')
    return sale
  }

  async invoice(sale: Sale) {
    return { sale, html: await this.invoices.html(sale) }
  }

  /** A page of every sale, newest first, as `{ data, metadata }`. */
  adminList(filters: AdminFilters) {
    const key = JSON.stringify([
      filters.from,
      filters.to,
      filters.userId,
      filters.minTotal,
      filters.invoice,
      filters.page ?? 1,
      filters.perPage ?? 20,
    ])
    return this.cache.remember(
      'salesAnalytics',
      `sales:${key}`,
      async () => {
        const query = Sale.query().preload('items')
        if (filters.from) query.where('created_at', '>=', sqlTime(utcDay(filters.from)))
        if (filters.to)
          query.where('created_at', '<', sqlTime(utcDay(filters.to).plus({ days: 1 })))
        if (filters.userId) query.where('user_id', filters.userId)
        if (filters.minTotal !== undefined) query.where('total', '>=', filters.minTotal)
        if (filters.invoice) query.where('invoice_number', filters.invoice)
        const page = await query
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .paginate(filters.page ?? 1, filters.perPage ?? 20)
        return apiSerializer.serializeWithoutWrapping(
          SaleTransformer.paginate(page.all(), page.getMeta())
        )
      },
      { tags: [SALES_TAG] }
    )
  }
}
