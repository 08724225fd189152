import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors } from '@vinejs/vine'

/**
 * Creates an admin account: how an operator makes the first admin of a
 * deployment. The password comes from a hidden prompt, or from standard
 * input with --password-stdin (scripts), and follows the password rule of
 * every account. Running it again for the same admin changes nothing.
 */
export default class AdminCreate extends BaseCommand {
  static commandName = 'admin:create'
  static description =
    'Create an admin account (the first admin of a deployment); the password is asked for, never passed as an argument'
  static help = [
    'On a terminal the password is asked twice, hidden:',
    '```',
    '{{ binaryName }} admin:create --email ops@example.com --name "Ops Team"',
    '```',
    'In a script, pipe it on standard input:',
    '```',
    'printf %s "$ADMIN_PASSWORD" | {{ binaryName }} admin:create --email ops@example.com --password-stdin',
    '```',
  ]
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'E-mail address of the admin (required)' })
  declare email?: string

  @flags.string({ description: 'Full name shown on the account', default: 'Administrator' })
  declare name: string

  @flags.boolean({
    description: 'Read the password from standard input (one line) instead of a prompt',
  })
  declare passwordStdin: boolean

  async run() {
    if (!this.email) return this.fail('Pass the admin e-mail address: --email <address>')
    const password = await this.readPassword()
    if (password === null) return

    const { createAdminValidator } = await import('#validators/identity/admin_users')
    const { default: AdminUserService } = await import('#services/identity/admin_user_service')
    const { default: AppException } = await import('#exceptions/app_exception')
    try {
      const payload = await createAdminValidator.validate({
        email: this.email,
        password,
        fullName: this.name,
      })
      const admins = await this.app.container.make(AdminUserService)
      const { user, created } = await admins.createAdmin(payload)
      if (created)
        this.logger.success(
          `Admin ${user.email} created (id ${user.id}); log in with the password you chose`
        )
      else
        this.logger.info(
          `${user.email} is an admin already: nothing was changed (its password neither)`
        )
    } catch (error) {
      if (error instanceof errors.E_VALIDATION_ERROR) {
        return this.fail(
          (error.messages as { field: string; message: string }[])
            .map((m) => `${m.field}: ${m.message}`)
            .join('\n')
        )
      }
      if (error instanceof AppException) return this.fail(error.message)
      throw error
    }
  }

  /** The password from stdin (without its line ending) or the hidden prompt; null (and exit 1) when there is none. */
  private async readPassword(): Promise<string | null> {
    if (this.passwordStdin) {
      let input = ''
      for await (const chunk of process.stdin) input += chunk
      const password = input.replace(/\r?\n$/, '')
      if (!password) this.fail('No password on standard input')
      return password || null
    }
    if (!process.stdin.isTTY) {
      this.fail('No terminal to ask the password on: pipe it with --password-stdin')
      return null
    }
    const password = await this.prompt.secure('Password of the new admin')
    const again = await this.prompt.secure('The same password again')
    if (password !== again) {
      this.fail('The two passwords differ: nothing was created')
      return null
    }
    return password
  }

  private fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
