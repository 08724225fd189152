import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import Notification from '#models/notification'
import type User from '#models/user'
import BatchRunner from '#platform/scheduler/batch_runner'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { marker } from '#tests/support/community_plans'
import { smtpSink } from '#tests/support/smtp_sink'
import { mailSettled } from '#tests/support/mail_settled'

const runDigests = async () => {
  const run = await (
    await app.container.make(BatchRunner)
  ).run('notification-digests', { trigger: 'cli' })
  if (run.status !== 'completed')
    throw new Error(`digest run ${run.status}: ${JSON.stringify(run.result)}`)
  return run.result as { users: number; queued: number; notifications: number }
}

const notify = (user: User, title: string, readAt: Notification['readAt'] = null) =>
  Notification.create({
    userId: user.id,
    type: 'user.followed',
    groupKey: `user.followed:${marker()}`,
    actorIds: [],
    actorCount: 1,
    title,
    body: null,
    data: {},
    readAt,
  })

const digestsTo = (user: User) =>
  smtpSink.to(user.email).filter((m) => /unread notification/.test(m.subject))

test.group('notifications / hourly e-mail digest', (group) => {
  isolate(group)

  test('one digest to a member who opted in, none to one who did not; a second run sends nothing again', async ({
    assert,
  }) => {
    const optedIn = await actor('shopper', { privacy: { emailDigest: true } } as Partial<User>)
    const optedOut = await actor('shopper')
    const tag = marker()
    await notify(optedIn.user, `First news ${tag}`)
    await notify(optedIn.user, `Second news ${tag}`)
    await notify(optedIn.user, `Already read ${tag}`, optedIn.user.createdAt)
    await notify(optedOut.user, `Unwanted news ${tag}`)

    const first = await runDigests()
    assert.isAtLeast(first.queued, 1)
    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(optedIn.user.email) && /unread notification/.test(m.subject),
      10_000
    )
    assert.equal(mail.subject, '2 unread notification(s) on Marquee')
    assert.include(mail.raw, `First news ${tag}`)
    assert.include(mail.raw, `Second news ${tag}`)
    assert.notInclude(mail.raw, `Already read ${tag}`)

    const second = await runDigests()
    assert.equal(second.notifications, 0, JSON.stringify(second))
    await mailSettled()
    assert.lengthOf(digestsTo(optedIn.user), 1)
    assert.lengthOf(digestsTo(optedOut.user), 0)
    assert.notInclude(smtpSink.messages.map((m) => m.raw).join('\n'), `Unwanted news ${tag}`)

    // Something new after the digest goes out in the next one, alone.
    await notify(optedIn.user, `Third news ${tag}`)
    await runDigests()
    const next = await smtpSink.waitFor(
      (m) => m.to.includes(optedIn.user.email) && m.raw.includes(`Third news ${tag}`),
      10_000
    )
    assert.equal(next.subject, '1 unread notification(s) on Marquee')
    assert.notInclude(next.raw, `First news ${tag}`)
  }).timeout(30_000)
})
