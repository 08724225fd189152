import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import MailPolicy from '#policies/operations/mail_policy'
import TestMailService from '#services/operations/test_mail_service'
import { testMailValidator } from '#validators/operations/mail'

@inject()
export default class TestMailsController {
  constructor(private testMails: TestMailService) {}

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(MailPolicy).authorize('sendTest')
    const { email } = await ctx.request.validateUsing(testMailValidator)
    const taskId = await this.testMails.send(ctx.auth.getUserOrFail(), email, ctx)
    ctx.response.status(202)
    return ctx.serialize({ taskId })
  }
}
