import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AccountService from '#services/identity/account_service'
import TokenService from '#services/identity/token_service'
import UserTransformer from '#transformers/identity/user_transformer'
import TokenTransformer from '#transformers/identity/token_transformer'
import {
  changePasswordValidator,
  forgotPasswordValidator,
  loginValidator,
  logoutValidator,
  refreshValidator,
  resetPasswordValidator,
  signupValidator,
  tokenValidator,
} from '#validators/identity/auth'
import { updateMeValidator } from '#validators/identity/profile'

@inject()
export default class AuthController {
  constructor(
    private accounts: AccountService,
    private tokens: TokenService
  ) {}

  async signup(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(signupValidator)
    const { user, tokens } = await this.accounts.signup(payload)
    await this.accounts.withProfiles(user)
    ctx.response.status(201)
    return ctx.serialize({
      user: UserTransformer.transform(user),
      tokens: TokenTransformer.transform(tokens),
    })
  }

  async login(ctx: HttpContext) {
    const { email, password } = await ctx.request.validateUsing(loginValidator)
    const { user, tokens } = await this.accounts.login(email, password)
    await this.accounts.withProfiles(user)
    return ctx.serialize({
      user: UserTransformer.transform(user),
      tokens: TokenTransformer.transform(tokens),
    })
  }

  async refresh(ctx: HttpContext) {
    const { refreshToken } = await ctx.request.validateUsing(refreshValidator)
    return ctx.serialize(TokenTransformer.transform(await this.tokens.rotate(refreshToken)))
  }

  async logout(ctx: HttpContext) {
    const { refreshToken } = await ctx.request.validateUsing(logoutValidator)
    await this.accounts.logout(ctx.auth.getUserOrFail(), refreshToken)
    return ctx.response.noContent()
  }

  async me(ctx: HttpContext) {
    const user = await this.accounts.withProfiles(ctx.auth.getUserOrFail())
    return ctx.serialize(UserTransformer.transform(user))
  }

  async updateMe(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(updateMeValidator)
    const user = await this.accounts.update(ctx.auth.getUserOrFail(), payload)
    return ctx.serialize(UserTransformer.transform(user))
  }

  async changePassword(ctx: HttpContext) {
    const { currentPassword, newPassword } =
      await ctx.request.validateUsing(changePasswordValidator)
    await this.accounts.changePassword(ctx.auth.getUserOrFail(), currentPassword, newPassword)
    return ctx.response.noContent()
  }

  async resendVerification(ctx: HttpContext) {
    await this.accounts.sendVerification(ctx.auth.getUserOrFail())
    ctx.response.status(202)
    return ctx.serialize({ queued: true })
  }

  async verifyEmail(ctx: HttpContext) {
    const { token } = await ctx.request.validateUsing(tokenValidator)
    const user = await this.accounts.withProfiles(await this.accounts.verifyEmail(token))
    return ctx.serialize(UserTransformer.transform(user))
  }

  async forgotPassword(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(forgotPasswordValidator)
    await this.accounts.forgotPassword(email)
    ctx.response.status(202)
    return ctx.serialize({ queued: true })
  }

  async resetPassword(ctx: HttpContext) {
    const { token, password } = await ctx.request.validateUsing(resetPasswordValidator)
    await this.accounts.resetPassword(token, password)
    return ctx.response.noContent()
  }
}
