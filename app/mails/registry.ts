import type { BaseMail } from '@adonisjs/mail'
import type User from '#models/user'
import AccountMail from '#mails/identity/account_mail'
import TestMail from '#mails/operations/test_mail'
import ReportMail from '#mails/report_mail'
import NewsletterMail from '#mails/gifting/newsletter_mail'

/** The user fields account e-mails show. */
export type MailUser = Pick<User, 'email' | 'fullName' | 'role' | 'status'>

/**
 * Every e-mail the app sends, by name. A queued send carries only the name and
 * JSON data (mail objects cannot be serialized), and the worker builds the
 * mail from them here. New e-mails add an entry.
 */
export const mails = {
  welcome: (data: { user: MailUser }) => new AccountMail('welcome', data.user),
  verify_email: (data: { user: MailUser; token: string }) =>
    new AccountMail('verify_email', data.user, data.token),
  password_reset: (data: { user: MailUser; token: string }) =>
    new AccountMail('password_reset', data.user, data.token),
  test: (data: { to: string; requestedAt: string }) => new TestMail(data.to, data.requestedAt),
  ad_request_reminder: (data: { user: MailUser; pending: Record<string, unknown>[] }) =>
    new ReportMail(
      `You have ${data.pending.length} ad request(s) waiting for your answer`,
      'ad_request_reminder',
      data.user,
      data
    ),
  monthly_sponsor_report: (data: { user: MailUser; month: string } & Record<string, unknown>) =>
    new ReportMail(
      `Your Marquee report for ${data.month}`,
      'monthly_sponsor_report',
      data.user,
      data
    ),
  creator_weekly_summary: (data: {
    user: MailUser
    week: string
    rows: { label: string; thisWeek: number; lastWeek: number; change: string }[]
  }) =>
    new ReportMail(`Your week on Marquee: ${data.week}`, 'creator_weekly_summary', data.user, data),
  notification_digest: (data: {
    user: MailUser
    unreadCount: number
    notifications: Record<string, unknown>[]
  }) =>
    new ReportMail(
      `${data.unreadCount} unread notification(s) on Marquee`,
      'notification_digest',
      data.user,
      data
    ),
  invoice: (data: { user: MailUser; invoice: { number: string } & Record<string, unknown> }) =>
    new ReportMail(`Your invoice ${data.invoice.number}`, 'invoice', data.user, data),
  notification: (data: { user: MailUser; title: string; body: string | null }) =>
    new ReportMail(data.title, 'notification', data.user, data),
  gdpr_export_ready: (data: { user: MailUser; link: string; expiresAt: string }) =>
    new ReportMail('Your Marquee data export is ready', 'gdpr_export_ready', data.user, data),
  newsletter_confirm: (data: { email: string; confirmUrl: string; unsubscribeUrl: string }) =>
    new NewsletterMail('Confirm your Marquee newsletter subscription', 'newsletter_confirm', data),
} satisfies Record<string, (data: never) => BaseMail>

export type MailName = keyof typeof mails
export type MailData<Name extends MailName> = Parameters<(typeof mails)[Name]>[0]

type AppMails = typeof mails

/** The platform's MailService.send takes these names and their data. */
declare module '#platform/mail/mail_service' {
  interface Mails extends AppMails {}
}

export const isMailName = (name: string): name is MailName => Object.hasOwn(mails, name)

export function buildMail(name: string, data: unknown): BaseMail {
  if (!isMailName(name)) throw new Error(`Unknown e-mail "${name}"`)
  return (mails[name] as (data: unknown) => BaseMail)(data)
}

/** Copies only the shown fields: the payload is stored in Redis, the model (with its password hash) must not be. */
export const mailUser = (user: MailUser): MailUser => ({
  email: user.email,
  fullName: user.fullName,
  role: user.role,
  status: user.status,
})
