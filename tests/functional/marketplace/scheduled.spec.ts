import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import type User from '#models/user'
import OutboxService from '#platform/outbox/outbox_service'
import type { QueueBackend } from '#platform/queue/backend'
import MarketplaceReports from '#services/marketplace/marketplace_reports'
import { sqlNow, sqlTime } from '#platform/db/time'
import { SCHEDULED_MAILING_DAYS } from '#services/operations/cleanup_service'
import BatchRunner from '#platform/scheduler/batch_runner'
import QueueService from '#platform/queue/queue_service'
import { isolate } from '#tests/support/hooks'
import { mailSettled } from '#tests/support/mail_settled'
import { taskIn } from '#tests/support/tasks'
import { actor } from '#tests/support/auth'
import { smtpSink } from '#tests/support/smtp_sink'
import { run, suiteEnv } from '#tests/support/child_app'
import { API, campaignFor, invite, marker } from '#tests/support/marketplace'
import { waitFor } from '#tests/support/wait'

const runner = () => app.container.make(BatchRunner)

test.group('marketplace / scheduled e-mails', (group) => {
  isolate(group)

  test('an invitation and its acceptance are e-mailed to the other party', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const influencer = await actor('influencer')
    const name = `Collab ${marker()}`
    const campaign = await campaignFor(sponsor.user, { name })
    const request = await invite(client, sponsor.token, campaign.id, influencer.user.id, 42_000)
    const invited = await smtpSink.waitFor(
      (m) => m.to.includes(influencer.user.email) && m.subject.includes(name)
    )
    assert.include(invited.subject, 'sent you an ad request')
    assert.include(invited.raw, '$420.00')
    ;(
      await client.post(`${API}/ad-requests/${request.id}/accept`).bearerToken(influencer.token)
    ).assertStatus(200)
    const accepted = await smtpSink.waitFor(
      (m) => m.to.includes(sponsor.user.email) && m.subject.includes('accepted')
    )
    assert.include(accepted.subject, name)
  })

  test('the daily reminder lists the ad requests waiting for the influencer, once a day', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const influencer = await actor('influencer')
    const name = `Launch ${marker()}`
    const campaign = await campaignFor(sponsor.user, { name })
    await invite(client, sponsor.token, campaign.id, influencer.user.id, 123_450)

    const first = await (await runner()).run('ad-request-reminders', { trigger: 'cli' })
    assert.equal(first.status, 'completed')
    assert.isAtLeast(Number(first.result?.queued), 1)
    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(influencer.user.email) && /waiting for your answer/.test(m.subject)
    )
    assert.include(mail.raw, name)
    assert.include(mail.raw, '$1,234.50')

    await (await runner()).run('ad-request-reminders', { trigger: 'cli' })
    await mailSettled()
    assert.lengthOf(
      smtpSink.to(influencer.user.email).filter((m) => /waiting for your answer/.test(m.subject)),
      1
    )
  })

  test('an influencer who answered last gets no reminder for that request', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const influencer = await actor('influencer')
    const campaign = await campaignFor(sponsor.user)
    const request = await invite(client, sponsor.token, campaign.id, influencer.user.id)
    await client
      .post(`${API}/ad-requests/${request.id}/offers`)
      .bearerToken(influencer.token)
      .json({ amount: 60_000 })
    const result = await (await runner()).run('ad-request-reminders', { trigger: 'cli' })
    assert.equal(result.status, 'completed')
    const waiting = await db.from('ad_requests').where('id', request.id).first()
    assert.equal(waiting.last_offer_by, influencer.user.id)
    await mailSettled()
    assert.lengthOf(
      smtpSink.to(influencer.user.email).filter((m) => /waiting for your answer/.test(m.subject)),
      0
    )
  })

  test('the monthly report e-mails each brand its figures of the month', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const [a, b] = [await actor('influencer'), await actor('influencer')]
    const campaign = await campaignFor(sponsor.user, { budget: 1_000_000 })
    const accepted = await invite(client, sponsor.token, campaign.id, a.user.id, 30_000)
    const rejected = await invite(client, sponsor.token, campaign.id, b.user.id, 20_000)
    ;(
      await client.post(`${API}/ad-requests/${accepted.id}/accept`).bearerToken(a.token)
    ).assertStatus(200)
    ;(
      await client.post(`${API}/ad-requests/${rejected.id}/reject`).bearerToken(b.token).json({})
    ).assertStatus(200)

    const month = DateTime.utc().toFormat('yyyy-MM')
    const result = await (
      await runner()
    ).run('monthly-sponsor-reports', { trigger: 'cli', options: { month } })
    assert.equal(result.status, 'completed')
    const mail = await smtpSink.waitFor(
      (m) => m.to.includes(sponsor.user.email) && /Your Marquee report/.test(m.subject)
    )
    const text = mail.raw.replace(/\s+/g, ' ')
    assert.include(text, 'Ad requests: 2 sent, 1 accepted, 1 rejected, 0 completed')
    assert.include(text, 'Committed spend: $300.00')
    assert.include(text, 'Campaigns: 1 created, 1 active, 0 completed')
  })

  test('the monthly report counts the campaigns that were active during the month, not the ones active now', async ({
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const thisMonth = DateTime.utc()
    const lastMonth = thisMonth.minus({ months: 1 })
    const backdate = async (campaignIds: number[], at: DateTime) => {
      await db
        .from('campaigns')
        .whereIn('id', campaignIds)
        .update({ created_at: sqlTime(at), updated_at: sqlTime(at) })
      await db
        .from('campaign_status_changes')
        .whereIn('campaign_id', campaignIds)
        .update({ changed_at: sqlTime(at) })
    }
    // Two campaigns ran last month and were completed this month; one was paused before last month; one stayed a draft.
    const ran = [await campaignFor(sponsor.user), await campaignFor(sponsor.user)]
    const paused = await campaignFor(sponsor.user)
    const draft = await campaignFor(sponsor.user, { status: 'draft' })
    await backdate(
      [...ran.map((c) => c.id), draft.id],
      lastMonth.startOf('month').plus({ days: 4 })
    )
    paused.status = 'paused'
    await paused.save()
    await backdate([paused.id], lastMonth.minus({ months: 1 }).startOf('month'))
    for (const campaign of ran) {
      campaign.status = 'completed'
      await campaign.save()
    }
    // And one started this month.
    await campaignFor(sponsor.user)

    const reports = await app.container.make(MarketplaceReports)
    const before = await reports.sponsorMonth(sponsor.user.id, lastMonth)
    assert.deepEqual(before.campaigns, { created: 3, active: 2, completed: 0 })
    const now = await reports.sponsorMonth(sponsor.user.id, thisMonth)
    assert.deepEqual(now.campaigns, { created: 1, active: 3, completed: 2 })
  })
})

/** Ends a member's life in the database (their rows cascade), as a database reset does, leaving Redis and its queues as they are. */
const forget = (user: User) => db.from('users').where('id', user.id).delete()

const reportTo = (user: User) => (m: { to: string[]; subject: string }) =>
  m.to.includes(user.email) && /Your Marquee report/.test(m.subject)
const reminderTo = (user: User) => (m: { to: string[]; subject: string }) =>
  m.to.includes(user.email) && /waiting for your answer/.test(m.subject)

test.group('marketplace / scheduled e-mails are de-duplicated in the database', (group) => {
  isolate(group)

  test('a member who gets the id of a member of an earlier database still gets the monthly report', async ({
    assert,
  }) => {
    const month = DateTime.utc().toFormat('yyyy-MM')
    const earlier = await actor('sponsor')
    await campaignFor(earlier.user)
    await (await runner()).run('monthly-sponsor-reports', { trigger: 'cli', options: { month } })
    await smtpSink.waitFor(reportTo(earlier.user))

    await forget(earlier.user)
    const next = await actor('sponsor', { id: earlier.user.id } as Partial<User>)
    await campaignFor(next.user)
    const report = await (
      await runner()
    ).run('monthly-sponsor-reports', { trigger: 'cli', options: { month } })
    assert.equal(report.status, 'completed')
    await smtpSink.waitFor(reportTo(next.user), 10_000)
  }).timeout(30_000)

  test('a member who gets the id of a member of an earlier database still gets the daily reminder', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const campaign = await campaignFor(sponsor.user)
    const earlier = await actor('influencer')
    await invite(client, sponsor.token, campaign.id, earlier.user.id)
    await (await runner()).run('ad-request-reminders', { trigger: 'cli' })
    await smtpSink.waitFor(reminderTo(earlier.user))

    await forget(earlier.user)
    const next = await actor('influencer', { id: earlier.user.id } as Partial<User>)
    await invite(client, sponsor.token, campaign.id, next.user.id)
    const reminders = await (await runner()).run('ad-request-reminders', { trigger: 'cli' })
    assert.equal(reminders.status, 'completed')
    await smtpSink.waitFor(reminderTo(next.user), 10_000)
  }).timeout(30_000)

  test('each report is claimed once per brand and month, in the transaction that records it in the outbox; a queue outage delays it', async ({
    assert,
    cleanup,
  }) => {
    const month = DateTime.utc().toFormat('yyyy-MM')
    const sponsor = await actor('sponsor')
    await campaignFor(sponsor.user)

    const down = async (): Promise<never> => {
      throw new Error('Redis did not answer')
    }
    const backend: QueueBackend = {
      mode: 'redis',
      add: down,
      find: down,
      list: down,
      retry: down,
      backlog: down,
      close: async () => {},
    }
    app.container.swap(QueueService, () => new QueueService(backend))
    cleanup(() => app.container.restore(QueueService))
    const during = await (
      await runner()
    ).run('monthly-sponsor-reports', { trigger: 'cli', options: { month } })
    assert.equal(during.status, 'completed')
    const claims = await db.from('scheduled_mailings').where('user_id', sponsor.user.id)
    assert.lengthOf(claims, 1)
    assert.containsSubset(claims[0], { kind: 'monthly_sponsor_report', period: month })
    assert.match(claims[0].task_id, /^mail:outbox-\d+$/)
    app.container.restore(QueueService)

    await (await app.container.make(OutboxService)).relayPending()
    await smtpSink.waitFor(reportTo(sponsor.user), 10_000)

    const again = await (
      await runner()
    ).run('monthly-sponsor-reports', { trigger: 'cli', options: { month } })
    assert.equal(again.status, 'completed')
    assert.equal(again.result?.queued, 0)
    assert.lengthOf(await db.from('scheduled_mailings').where('user_id', sponsor.user.id), 1)
  }).timeout(30_000)

  test('cleanup drops the claims of e-mails sent over SCHEDULED_MAILING_DAYS ago and keeps the others', async ({
    assert,
  }) => {
    const { user } = await actor('influencer')
    const now = DateTime.utc()
    await db.table('scheduled_mailings').multiInsert([
      {
        kind: 'ad_request_reminder',
        user_id: user.id,
        period: 'old',
        created_at: sqlTime(now.minus({ days: SCHEDULED_MAILING_DAYS + 1 })),
      },
      {
        kind: 'ad_request_reminder',
        user_id: user.id,
        period: 'recent',
        created_at: sqlTime(now.minus({ days: SCHEDULED_MAILING_DAYS - 1 })),
      },
    ])
    const result = await (await runner()).run('cleanup', { trigger: 'cli' })
    assert.equal(result.status, 'completed')
    assert.isAtLeast(Number(result.result?.scheduledMailings), 1)
    assert.deepEqual(
      (await db.from('scheduled_mailings').where('user_id', user.id).select('period')).map(
        (r) => r.period
      ),
      ['recent']
    )
  })
})

test.group('marketplace / campaign CSV export', (group) => {
  isolate(group)

  test('a brand exports its campaigns as CSV through a task and downloads it', async ({
    client,
    assert,
  }) => {
    const sponsor = await actor('sponsor')
    const other = await actor('sponsor')
    await campaignFor(sponsor.user, { name: 'First, "quoted" campaign', budget: 5000 })
    await campaignFor(sponsor.user, { name: 'Second campaign', status: 'draft' })
    await campaignFor(sponsor.user, { name: '=HYPERLINK("http://evil.example")' })
    await campaignFor(other.user, { name: 'Not mine' })

    const started = await client.post(`${API}/campaign-exports`).bearerToken(sponsor.token)
    started.assertStatus(202)
    const taskId = started.body().data.taskId
    const task = await taskIn(
      client,
      sponsor.token,
      `${API}/campaign-exports/${encodeURIComponent(taskId)}`
    )
    assert.equal(task.state, 'completed')

    const file = await client
      .get(`${API}/campaign-exports/${encodeURIComponent(taskId)}/download`)
      .bearerToken(sponsor.token)
    file.assertStatus(200)
    assert.include(file.header('content-type') ?? '', 'text/csv')
    const lines = file.text().trim().split('\r\n')
    assert.equal(
      lines[0],
      'id,name,niche,status,visibility,budget,currency,committed,start_date,end_date,ad_requests,accepted,created_at'
    )
    assert.lengthOf(lines, 4)
    assert.include(lines[1], '"First, ""quoted"" campaign"')
    assert.match(lines[1], /,fitness,\w+,\w+,5000,/, 'the budget is written as a number')
    // A name a spreadsheet would run as a formula is written as text.
    assert.include(lines[3], `"'=HYPERLINK(""http://evil.example"")"`)
    assert.notInclude(file.text(), 'Not mine')

    ;(
      await client
        .get(`${API}/campaign-exports/${encodeURIComponent(taskId)}`)
        .bearerToken(other.token)
    ).assertStatus(404)
    ;(
      await client
        .get(`${API}/campaign-exports/${encodeURIComponent(taskId)}/download`)
        .bearerToken(other.token)
    ).assertStatus(404)
  })

  test('influencers and pending brands cannot export', async ({ client }) => {
    const influencer = await actor('influencer')
    const pending = await actor('pendingSponsor')
    ;(await client.post(`${API}/campaign-exports`).bearerToken(influencer.token)).assertStatus(403)
    ;(await client.post(`${API}/campaign-exports`).bearerToken(pending.token)).assertStatus(403)
  })
})

test.group('operations / scheduled commands', (group) => {
  isolate(group)

  test('cleanup deletes expired tokens and records the run', async ({ assert }) => {
    const { user } = await actor('shopper')
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', user.id)
      .update({ expires_at: sqlTime(new Date(Date.now() - 60_000)) })
    const result = await (await runner()).run('cleanup', { trigger: 'cli' })
    assert.equal(result.status, 'completed')
    assert.isAtLeast(Number(result.result?.accessTokens), 1)
    assert.lengthOf(await db.from('auth_access_tokens').where('tokenable_id', user.id), 0)
    const recorded = await BatchRun.findOrFail(result.id)
    assert.isNumber(recorded.durationMs)
  })

  test('a paused task is skipped by the schedule but runs when asked', async ({ assert }) => {
    await db.table('batch_settings').insert({ task: 'cleanup', paused: true, updated_at: sqlNow() })
    assert.equal(
      (await (await runner()).runScheduled('cleanup', DateTime.utc().startOf('minute')))?.status,
      'skipped'
    )
    assert.equal((await (await runner()).run('cleanup', { trigger: 'cli' })).status, 'completed')
  })
})

test.group('operations / schedule commands (processes)', () => {
  const env = suiteEnv

  test('schedule:list shows every task with its cron', async ({ assert }) => {
    const out = await run(['ace.js', 'schedule:list'], env())
    assert.equal(out.code, 0, out.output)
    for (const [task, cron] of [
      ['trending', '*/15 * * * *'],
      ['cache-maintenance', '*/30 * * * *'],
      ['notification-digests', '0 * * * *'],
      ['ad-request-reminders', '0 9 * * *'],
      ['monthly-sponsor-reports', '0 7 1 * *'],
      ['cleanup', '30 3 * * *'],
    ]) {
      assert.match(out.output, new RegExp(`${task}\\s.*${cron.replace(/\*/g, '\\*')}`))
    }
  }).timeout(60_000)

  test('a command runs its task inline, or with --queue enqueues the run for a worker', async ({
    assert,
    cleanup,
  }) => {
    const since = new Date()
    // These runs commit from other processes: drop their history rows afterwards.
    cleanup(async () => {
      await BatchRun.query()
        .where('task', 'cleanup')
        .where('trigger', 'cli')
        .where('started_at', '>=', since)
        .delete()
    })
    const inline = await run(['ace.js', 'cleanup:run'], env())
    assert.equal(inline.code, 0, inline.output)
    assert.match(inline.output, /cleanup: completed in \d+ ms/)
    assert.isNull(
      (
        await BatchRun.query()
          .where('task', 'cleanup')
          .where('started_at', '>=', since)
          .firstOrFail()
      ).taskId
    )

    const queued = await run(['ace.js', 'cleanup:run', '--queue'], env())
    assert.equal(queued.code, 0, queued.output)
    const taskId = queued.output.match(/queued as task (default:\S+)/)?.[1]
    assert.isDefined(taskId, queued.output)
    // The suite's in-process worker takes the job from the same queue and records the run under its task id.
    const queues = await app.container.make(QueueService)
    const task = await waitFor(() => queues.get(taskId!), {
      until: (t) => t?.state === 'completed' || t?.state === 'failed',
      timeoutMs: 30_000,
    })
    assert.equal(task?.state, 'completed', JSON.stringify(task))
    const recorded = await BatchRun.query().where('task_id', taskId!).firstOrFail()
    assert.equal(recorded.task, 'cleanup')
    assert.equal(recorded.status, 'completed')
    assert.equal(recorded.trigger, 'cli')
  }).timeout(90_000)

  test('a failing run exits non-zero with a clear message', async ({ assert }) => {
    const out = await run(['ace.js', 'marketplace:monthly-report', '--month', 'not-a-month'], env())
    assert.equal(out.code, 1, out.output)
    assert.include(out.output, '--month must be YYYY-MM')
  }).timeout(60_000)
})
