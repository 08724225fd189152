import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import NewsletterService from '#services/gifting/newsletter_service'
import { ensureSigned } from '#services/gifting/newsletter_links'
import NewsletterSubscriberTransformer from '#transformers/gifting/newsletter_subscriber_transformer'
import {
  confirmLinkValidator,
  subscribeValidator,
  unsubscribeLinkValidator,
} from '#validators/gifting/newsletter'

/** Public newsletter endpoints: subscribe (double opt-in) and the signed links of its e-mails. */
@inject()
export default class NewsletterController {
  constructor(private newsletter: NewsletterService) {}

  /** Always 202, whatever the address's state: the answer reveals nothing about it. */
  async subscribe(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(subscribeValidator)
    await this.newsletter.subscribe(email)
    ctx.response.status(202)
    return ctx.serialize({ email })
  }

  async confirm(ctx: HttpContext) {
    ensureSigned(ctx.request, 'confirm')
    const { id, nonce } = await confirmLinkValidator.validate(ctx.request.qs())
    const subscriber = await this.newsletter.confirm(id, nonce)
    return ctx.serialize(
      NewsletterSubscriberTransformer.transform(subscriber).useVariant('forLink')
    )
  }

  async unsubscribe(ctx: HttpContext) {
    ensureSigned(ctx.request, 'unsubscribe')
    const { id } = await unsubscribeLinkValidator.validate(ctx.request.qs())
    const subscriber = await this.newsletter.unsubscribe(id)
    return ctx.serialize(
      NewsletterSubscriberTransformer.transform(subscriber).useVariant('forLink')
    )
  }
}
