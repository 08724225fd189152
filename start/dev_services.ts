import app from '@adonisjs/core/services/app'
import env from '#start/env'

/**
 * Development only: the web server also runs a local mail catcher so the
 * e-mails the platform sends can be read at http://localhost:8025.
 * MAIL_CATCHER=false turns it off (e.g. when MailHog already runs).
 */
if (app.inDev && app.getEnvironment() === 'web' && env.get('MAIL_CATCHER', true)) {
  const { MailCatcher } = await import('#services/operations/mail_catcher')
  const catcher = new MailCatcher()
  try {
    await catcher.start(env.get('SMTP_PORT', 1025), env.get('MAIL_CATCHER_PORT', 8025))
    app.terminating(() => catcher.stop())
  } catch (error) {
    console.warn(`mail catcher not started: ${(error as Error).message}`)
  }
}
