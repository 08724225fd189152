import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'
import { mailDeliveries } from '#platform/mail/mail_deliveries'
import { Job, type JobContext } from '#platform/queue/queue_service'
import { inSpan, SpanKind } from '#platform/tracing/trace_context'

export interface SendMailPayload {
  mail: string
  data: unknown
}

export interface SendMailResult {
  to: string
  subject: string
  messageId: string | null
  /** True when an earlier run of this task had already delivered it. */
  alreadySent: boolean
}

function envelopeOf(message: BaseMail) {
  const { to, subject } = message.message.toObject().message
  const addresses = (Array.isArray(to) ? to : [to]).map((r) =>
    typeof r === 'string' ? r : r?.address
  )
  return {
    to: addresses.filter(Boolean).join(', ').slice(0, 254),
    subject: String(subject ?? '').slice(0, 300),
  }
}

/** Builds an e-mail from its name and JSON data (throws for an unknown name). */
export type MailBuilder = (name: string, data: unknown) => BaseMail

let builder: MailBuilder | null = null

/** The app's e-mails: start/registries.ts registers the builder of app/mails/registry.ts at boot. */
export function registerMailBuilder(build: MailBuilder) {
  builder = build
}

function buildMail(name: string, data: unknown) {
  if (!builder) throw new Error('No mail builder is registered (start/registries.ts)')
  return builder(name, data)
}

/** The same Message-ID on every run of a task, so a receiver can spot a duplicate. */
const messageIdFor = (taskId: string) =>
  `<${taskId.replace(/[^\w.-]/g, '.')}@${new URL(appUrl).hostname}>`

/**
 * Sends one e-mail of the app (app/mails/registry.ts, registered at boot). The task id is the delivery key:
 * a run after a worker crash finds the delivery and does not send it again
 * once it was marked sent (a crash between the SMTP answer and that mark can
 * still resend: at least once, with a stable Message-ID). Its row and the
 * mark are written together with those of the other jobs running at the same
 * time (mail_deliveries.ts).
 */
export default class SendMailJob extends Job<SendMailPayload, SendMailResult> {
  static jobName = 'send_mail'
  static queue = 'mail' as const
  static attempts = 5
  static backoff = { type: 'exponential' as const, delay: 5000 }

  async handle(payload: SendMailPayload, { taskId }: JobContext): Promise<SendMailResult> {
    const message = buildMail(payload.mail, payload.data)
    await message.build()
    const { to, subject } = envelopeOf(message)

    const delivery = await mailDeliveries.claim({
      deliveryKey: taskId,
      mail: payload.mail,
      recipient: to,
      subject,
    })
    if (delivery.status === 'sent')
      return { to, subject, messageId: delivery.messageId, alreadySent: true }

    message.message.messageId(messageIdFor(taskId))
    // The SMTP exchange is a span of its own (a client call to the mail server) when tracing is on.
    const response = await inSpan(
      'smtp send',
      { kind: SpanKind.CLIENT, attributes: { 'marquee.mail': payload.mail } },
      () => mail.send(message)
    )
    const messageId = response.messageId ?? null
    await mailDeliveries.markSent(delivery.id, messageId)
    return { to, subject, messageId, alreadySent: false }
  }
}
