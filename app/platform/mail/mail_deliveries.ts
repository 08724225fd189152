import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { sqlTime } from '#platform/db/time'
import { GroupCommit } from '#platform/db/group_commit'

/** What the send-mail job records before it sends (the delivery key is its task id). */
export interface DeliveryClaim {
  deliveryKey: string
  mail: string
  recipient: string
  subject: string
}

/** The mail_deliveries row of a claim: new (`sending`), or left by an earlier run of the task. */
export interface ClaimedDelivery {
  id: number
  status: 'sending' | 'sent'
  messageId: string | null
}

interface SentMark {
  id: number
  messageId: string | null
}

const TABLE = 'mail_deliveries'

/**
 * New rows for the claims that have none, in one statement; then the rows
 * that existed already (a task run again after a crash or a failed attempt).
 */
async function claimAll(claims: DeliveryClaim[]): Promise<ClaimedDelivery[]> {
  const createdAt = sqlTime(DateTime.utc())
  const keys = [...new Set(claims.map((claim) => claim.deliveryKey))]
  const first = new Map(claims.map((claim) => [claim.deliveryKey, claim]))
  const inserted: { id: number; delivery_key: string }[] = await db
    .knexQuery()
    .table(TABLE)
    .insert(
      keys.map((key) => {
        const claim = first.get(key)!
        return {
          delivery_key: key,
          mail: claim.mail,
          recipient: claim.recipient,
          subject: claim.subject,
          status: 'sending',
          created_at: createdAt,
        }
      })
    )
    .onConflict('delivery_key')
    .ignore()
    .returning(['id', 'delivery_key'])
  const rows = new Map<string, ClaimedDelivery>(
    inserted.map((row) => [
      row.delivery_key,
      { id: Number(row.id), status: 'sending', messageId: null },
    ])
  )
  const existing = keys.filter((key) => !rows.has(key))
  if (existing.length > 0) {
    const found: { id: number; delivery_key: string; status: string; message_id: string | null }[] =
      await db
        .from(TABLE)
        .select('id', 'delivery_key', 'status', 'message_id')
        .whereIn('delivery_key', existing)
    for (const row of found)
      rows.set(row.delivery_key, {
        id: Number(row.id),
        status: row.status === 'sent' ? 'sent' : 'sending',
        messageId: row.message_id,
      })
  }
  return claims.map((claim) => {
    const row = rows.get(claim.deliveryKey)
    if (!row) throw new Error(`No mail delivery row for ${claim.deliveryKey}`)
    return row
  })
}

/** Marks deliveries sent, in one statement. */
async function markAllSent(marks: SentMark[]) {
  const ids = marks.map((mark) => mark.id)
  const cases = marks.map(() => 'when ? then ?').join(' ')
  await db
    .from(TABLE)
    .whereIn('id', ids)
    .update({
      status: 'sent',
      sent_at: sqlTime(DateTime.utc()),
      message_id: db.raw(
        `case id ${cases} end`,
        marks.flatMap((mark) => [mark.id, mark.messageId])
      ),
    })
  return marks.map(() => undefined)
}

/**
 * Milliseconds a claim or a mark waits for those of other jobs before its
 * statement: a worker's jobs finish their steps at different moments, and
 * without the wait its groups held some 5 jobs; an e-mail can spare the 2 × 3 ms.
 */
const LINGER_MS = 3

/**
 * The mail_deliveries rows of the send-mail jobs, written in groups: the jobs
 * a worker runs at once (20 on the mail queue) each need a row before sending
 * and the mark after, and one statement serves all those waiting meanwhile
 * instead of a statement (and a round trip to the database) each. A job still
 * waits for its own row and mark, so its outcome is what it was; a statement
 * that fails fails the jobs it served, which then retry as before.
 */
class MailDeliveries {
  #claims = new GroupCommit(claimAll, { lingerMs: LINGER_MS })
  #marks = new GroupCommit(markAllSent, { lingerMs: LINGER_MS })

  /** The delivery's row, created `sending` unless an earlier run of the task left one. */
  claim(claim: DeliveryClaim): Promise<ClaimedDelivery> {
    return this.#claims.add(claim)
  }

  /** Records that the SMTP server accepted the message. */
  async markSent(id: number, messageId: string | null): Promise<void> {
    await this.#marks.add({ id, messageId })
  }
}

export const mailDeliveries = new MailDeliveries()
