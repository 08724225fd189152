import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#models/user'
import BatchRunner from '#platform/scheduler/batch_runner'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { API, planFor } from '#tests/support/community_plans'
import { mailSettled } from '#tests/support/mail_settled'

const summaryTo = (user: User) => (m: { to: string[]; subject: string }) =>
  m.to.includes(user.email) && /Your week on Marquee/.test(m.subject)
const runWeek = async (week: string) =>
  (await app.container.make(BatchRunner)).run('creator-weekly-summaries', {
    trigger: 'cli',
    options: { week },
  })

test.group('community / weekly creator summary', (group) => {
  isolate(group)

  test("each creator gets their week's figures against the week before, once per week; opted-out creators get none", async ({
    client,
    assert,
  }) => {
    const creator = await actor('influencer')
    const quiet = await actor('influencer')
    const plan = await planFor(creator.user)
    await planFor(quiet.user)
    const [fan, other] = [await actor('shopper'), await actor('shopper')]
    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(fan.token)).assertStatus(200)
    ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(other.token)).assertStatus(200)
    ;(
      await client
        .post(`${API}/plans/${plan.id}/comments`)
        .bearerToken(fan.token)
        .json({ body: 'Great start' })
    ).assertStatus(201)
    ;(
      await client.post(`${API}/users/${creator.user.id}/follow`).bearerToken(fan.token)
    ).assertStatus(200)
    await db.table('follows').insert({
      follower_id: other.user.id,
      followee_id: creator.user.id,
      created_at: sqlTime(DateTime.utc().minus({ weeks: 1 })),
    })

    const optOut = await client
      .patch(`${API}/auth/me`)
      .bearerToken(quiet.token)
      .json({ privacy: { weeklySummary: false } })
    optOut.assertStatus(200)

    const week = DateTime.utc().toISODate()!
    const first = await runWeek(week)
    assert.equal(first.status, 'completed')
    assert.containsSubset(first.result, {
      week: DateTime.utc().startOf('week').toISODate(),
      optedOut: 1,
    })
    const mail = await smtpSink.waitFor(summaryTo(creator.user))
    const text = mail.raw.replace(/\s+/g, ' ')
    assert.include(text, 'Likes: 2 (+2; last week 0)')
    assert.include(text, 'Comments: 1 (+1; last week 0)')
    assert.include(text, 'New followers: 1 (0; last week 1)')
    assert.include(text, 'Downloads: 0 (0; last week 0)')

    const again = await runWeek(week)
    assert.equal(again.result?.queued, 0)
    await mailSettled()
    assert.lengthOf(
      smtpSink.to(creator.user.email).filter((m) => /Your week on Marquee/.test(m.subject)),
      1
    )
    assert.lengthOf(
      smtpSink.to(quiet.user.email).filter((m) => /Your week on Marquee/.test(m.subject)),
      0
    )
    assert.lengthOf(
      smtpSink.to(fan.user.email).filter((m) => /Your week on Marquee/.test(m.subject)),
      0
    )
  })

  test('the opt-out is a boolean and a bad week is refused', async ({ client, assert }) => {
    const creator = await actor('influencer')
    const res = await client
      .patch(`${API}/auth/me`)
      .bearerToken(creator.token)
      .json({ privacy: { weeklySummary: 'no' } })
    res.assertStatus(422)
    assert.equal(res.body().errors[0].field, 'privacy.weeklySummary')
    await assert.rejects(() => runWeek('last monday'), '--week must be YYYY-MM-DD')
  })
})
