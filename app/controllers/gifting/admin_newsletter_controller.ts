import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import NewsletterService from '#services/gifting/newsletter_service'
import NewsletterExport from '#services/gifting/newsletter_export'
import NewsletterSubscriberTransformer from '#transformers/gifting/newsletter_subscriber_transformer'
import {
  subscribersExportValidator,
  subscribersFilterValidator,
} from '#validators/gifting/newsletter'

/** Newsletter subscribers for admins (admin group routes). */
@inject()
export default class AdminNewsletterController {
  constructor(
    private newsletter: NewsletterService,
    private exporter: NewsletterExport
  ) {}

  async index(ctx: HttpContext) {
    const page = await this.newsletter.list(
      await subscribersFilterValidator.validate(ctx.request.qs())
    )
    return ctx.serialize(NewsletterSubscriberTransformer.paginate(page.all(), page.getMeta()))
  }

  async export(ctx: HttpContext) {
    const { status } = await subscribersExportValidator.validate(ctx.request.qs())
    ctx.response.header('content-type', 'text/csv; charset=utf-8')
    ctx.response.header(
      'content-disposition',
      `attachment; filename="newsletter-subscribers${status ? `-${status}` : ''}.csv"`
    )
    return ctx.response.send(await this.exporter.csv(status))
  }
}
