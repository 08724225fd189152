import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import SalesAdminPolicy from '#policies/commerce/sales_admin_policy'
import SaleService from '#services/commerce/sale_service'
import SalesAnalyticsService from '#services/commerce/sales_analytics_service'
import { dayRange } from '#services/analytics/date_buckets'
import InvoiceTransformer from '#transformers/commerce/invoice_transformer'
import { adminSalesValidator, salesAnalyticsValidator } from '#validators/commerce/sales'
import { routeId } from '#platform/http/ids'

const MAX_DAYS = 731
const DEFAULT_TOP = 10

/** Every sale, invoice and sales figure for admins; lists and analytics cached 10 minutes (`meta.computedAt`). */
@inject()
export default class AdminSalesController {
  constructor(
    private sales: SaleService,
    private figures: SalesAnalyticsService
  ) {}

  async index(ctx: HttpContext) {
    await ctx.bouncer.with(SalesAdminPolicy).authorize('view')
    const { value: page, computedAt } = await this.sales.adminList(
      await adminSalesValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(page.data, { ...page.metadata, computedAt })
  }

  async invoice(ctx: HttpContext) {
    await ctx.bouncer.with(SalesAdminPolicy).authorize('view')
    const sale = await this.sales.find(routeId(ctx))
    return ctx.serialize(InvoiceTransformer.transform(await this.sales.invoice(sale)))
  }

  /** Default range: the last 30 days (UTC), at most two years. */
  async analytics(ctx: HttpContext) {
    await ctx.bouncer.with(SalesAdminPolicy).authorize('view')
    const query = await salesAnalyticsValidator.validate(ctx.request.qs())
    const { from, to } = dayRange(query, { maxDays: MAX_DAYS })
    const { value, computedAt } = await this.figures.report({
      from,
      to,
      top: query.top ?? DEFAULT_TOP,
    })
    return ctx.serialize(value, { computedAt, from: from.toISODate(), to: to.toISODate() })
  }
}
