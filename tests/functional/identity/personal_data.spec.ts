import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { existsSync } from 'node:fs'
import { mkdir, unlink, utimes, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import BatchRunner from '#platform/scheduler/batch_runner'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import Comment from '#models/comment'
import Notification from '#models/notification'
import { personalDataConfig } from '#config/personal_data'
import { exportLink } from '#services/identity/personal_data_export'
import { sqlNow } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, marker, planFor } from '#tests/support/community_plans'
import { campaignFor, invite } from '#tests/support/marketplace'
import { smtpSink } from '#tests/support/smtp_sink'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import { EXPORTS_PER_HOUR } from '#start/limiter'
import type { Json } from '#tests/support/json'
import { waitFor } from '#tests/support/wait'

type Member = Awaited<ReturnType<typeof actor>>

/** Path and query of a link (the test client prefixes its own server). */
const local = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

async function exportFor(client: ApiClient, member: Member) {
  const started = await client.post(`${API}/me/exports`).bearerToken(member.token)
  started.assertStatus(202)
  const { taskId, exportId } = started.body().data
  const task = await waitFor(
    async () =>
      (
        await client
          .get(`${API}/me/exports/${encodeURIComponent(taskId)}`)
          .bearerToken(member.token)
      ).body().data,
    { until: (t) => ['completed', 'failed'].includes(t?.state), timeoutMs: 10_000 }
  )
  if (task.state !== 'completed') throw new Error(`export ${task.state}: ${task.error}`)
  const mail = await smtpSink.waitFor(
    (m) => m.to.includes(member.user.email) && m.subject === 'Your Marquee data export is ready',
    10_000
  )
  const link = /https?:\/\/\S+?\/api\/v1\/me\/exports\/[\w-]+\/download\?[^\s"<]+/
    .exec(mail.raw)?.[0]
    .replaceAll('&amp;', '&')
  if (!link) throw new Error(`no link in the e-mail:\n${mail.raw}`)
  return { taskId, exportId, task, mail, link }
}

test.group('identity / GDPR export', (group) => {
  isolate(group)

  test('the job writes everything the member owns, and nothing of others; the e-mailed link downloads it', async ({
    client,
    assert,
  }) => {
    const me = await actor('influencer', { fullName: `Exporting ${marker()}` })
    const other = await actor('influencer', { fullName: `Bystander ${marker()}` })
    const sponsor = await actor('sponsor')
    const mine = await planFor(me.user, { title: 'My own plan' })
    const theirs = await planFor(other.user, { title: 'Their plan' })
    ;(await client.post(`${API}/plans/${theirs.id}/like`).bearerToken(me.token)).assertStatus(200)
    ;(
      await client.put(`${API}/plans/${theirs.id}/rating`).bearerToken(me.token).json({ score: 4 })
    ).assertStatus(200)
    ;(
      await client
        .post(`${API}/plans/${theirs.id}/comments`)
        .bearerToken(me.token)
        .json({ body: 'my words' })
    ).assertStatus(201)
    ;(
      await client
        .post(`${API}/plans/${theirs.id}/comments`)
        .bearerToken(other.token)
        .json({ body: 'their words' })
    ).assertStatus(201)
    ;(await client.post(`${API}/users/${other.user.id}/follow`).bearerToken(me.token)).assertStatus(
      200
    )
    const request = await invite(
      client,
      sponsor.token,
      (await campaignFor(sponsor.user)).id,
      me.user.id
    )
    await db.table('addresses').insert({
      user_id: me.user.id,
      recipient: 'Me',
      line1: '1 Export Street',
      city: 'Lyon',
      postal_code: '69001',
      country: 'FR',
      is_default: true,
      created_at: sqlNow(),
      updated_at: sqlNow(),
    })
    await db.table('addresses').insert({
      user_id: other.user.id,
      recipient: 'Other',
      line1: '9 Private Road',
      city: 'Oslo',
      postal_code: '0150',
      country: 'NO',
      is_default: true,
      created_at: sqlNow(),
      updated_at: sqlNow(),
    })

    // A block the member made is theirs; a block made against them stays private to its maker.
    const pest = await actor('shopper')
    ;(await client.post(`${API}/users/${pest.user.id}/block`).bearerToken(me.token)).assertStatus(
      204
    )
    ;(
      await client.post(`${API}/users/${me.user.id}/block`).bearerToken(sponsor.token)
    ).assertStatus(204)

    const { exportId, task, link } = await exportFor(client, me)
    assert.equal(task.result.exportId, exportId)
    assert.isAbove(task.result.bytes, 100)
    assert.isTrue(existsSync(join(personalDataConfig.exportDir, `${me.user.id}-${exportId}.json`)))

    const res = await client.get(local(link)).bearerToken(me.token)
    res.assertStatus(200)
    assert.include(res.header('content-disposition'), 'marquee-data-export.json')
    const text = res.text()
    const data = JSON.parse(text)
    assert.equal(data.account.email, me.user.email)
    assert.deepEqual(
      data.skillPlans.map((p: Json) => p.id),
      [mine.id]
    )
    assert.deepEqual(
      data.planLikes.map((l: Json) => l.plan_id),
      [theirs.id]
    )
    assert.deepEqual(
      data.planRatings.map((r: Json) => r.score),
      [4]
    )
    assert.deepEqual(
      data.comments.map((c: Json) => c.body),
      ['my words']
    )
    assert.deepEqual(
      data.following.map((f: Json) => f.followee_id),
      [other.user.id]
    )
    assert.deepEqual(
      data.adRequests.map((r: Json) => r.id),
      [request.id]
    )
    assert.deepEqual(
      data.addresses.map((a: Json) => a.line1),
      ['1 Export Street']
    )
    assert.deepEqual(
      data.blocked.map((b: { blocked_id: number }) => b.blocked_id),
      [pest.user.id]
    )
    assert.isFalse(
      data.blocked.some((b: { blocker_id: number }) => b.blocker_id === sponsor.user.id),
      'who blocked the member is not in their export'
    )
    assert.isAtLeast(data.notifications.length, 1, 'the ad request notification')
    assert.notInclude(text, other.user.email)
    assert.notInclude(text, 'their words')
    assert.notInclude(text, '9 Private Road')
    assert.notMatch(text, /\$scrypt|"password"|token_hash/)
  }).timeout(30_000)

  test('the link needs its signature, unexpired, for the same export, and its owner', async ({
    client,
    assert,
  }) => {
    const me = await actor('shopper')
    const stranger = await actor('shopper')
    const { taskId, exportId, link } = await exportFor(client, me)

    ;(await client.get(local(link)).bearerToken(me.token)).assertStatus(200)
    ;(await client.get(local(link)).bearerToken(me.token)).assertStatus(200)
    ;(await client.get(local(link))).assertStatus(401)

    const strangers = await client.get(local(link)).bearerToken(stranger.token)
    strangers.assertStatus(404)
    ;(
      await client
        .get(`${API}/me/exports/${encodeURIComponent(taskId)}`)
        .bearerToken(stranger.token)
    ).assertStatus(404)

    const url = new URL(link)
    const forged = new URL(link)
    forged.searchParams.set('signature', `${url.searchParams.get('signature')!.slice(0, -4)}AAAA`)
    const otherExport = local(link).replace(exportId, '00000000-0000-4000-8000-000000000000')
    const unsigned = url.pathname
    const expired = local(exportLink(exportId, -1000))
    for (const path of [local(forged.toString()), otherExport, unsigned, expired]) {
      const res = await client.get(path).bearerToken(me.token)
      res.assertStatus(403)
      assert.equal(firstError(res.body())?.code, 'E_INVALID_SIGNATURE', path)
    }
  }).timeout(30_000)

  test('an account may request EXPORTS_PER_HOUR exports an hour, then 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const busy = await actor('shopper')
    const calm = await actor('shopper')
    const request = (member: Member) => client.post(`${API}/me/exports`).bearerToken(member.token)
    for (let i = 0; i < EXPORTS_PER_HOUR; i++) (await request(busy)).assertStatus(202)
    const over = await request(busy)
    over.assertStatus(429)
    assert.equal(firstError(over.body())?.code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(over.header('retry-after')), 0)
    ;(await request(calm)).assertStatus(202)
  }).timeout(30_000)
})

test.group('identity / account deletion', (group) => {
  isolate(group)

  test('one request removes or anonymises the member’s data; other members keep theirs', async ({
    client,
    assert,
  }) => {
    const leaving = await actor('influencer', { fullName: `Leaving ${marker()}` })
    const staying = await actor('influencer')
    const third = await actor('shopper')
    const ownPlan = await planFor(leaving.user, { title: 'Plan that stays' })
    const plan = await planFor(staying.user)
    for (const [member, score] of [
      [leaving, 5],
      [third, 3],
    ] as const) {
      ;(await client.post(`${API}/plans/${plan.id}/like`).bearerToken(member.token)).assertStatus(
        200
      )
      ;(
        await client.put(`${API}/plans/${plan.id}/rating`).bearerToken(member.token).json({ score })
      ).assertStatus(200)
      ;(
        await client.post(`${API}/plans/${plan.id}/download`).bearerToken(member.token)
      ).assertStatus(200)
    }
    const comment = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(leaving.token)
      .json({ body: 'leaving words' })
    const reply = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(staying.token)
      .json({ body: 'a reply that stays', parentId: comment.body().data.id })
    reply.assertStatus(201)
    ;(await client.post(`${API}/plans/${ownPlan.id}/like`).bearerToken(staying.token)).assertStatus(
      200
    )
    ;(
      await client.post(`${API}/users/${staying.user.id}/follow`).bearerToken(leaving.token)
    ).assertStatus(200)
    ;(
      await client.post(`${API}/users/${leaving.user.id}/follow`).bearerToken(third.token)
    ).assertStatus(200)
    // Blocks in both directions go with the account.
    ;(
      await client.post(`${API}/users/${third.user.id}/block`).bearerToken(leaving.token)
    ).assertStatus(204)
    const blocker = await actor('shopper')
    ;(
      await client.post(`${API}/users/${leaving.user.id}/block`).bearerToken(blocker.token)
    ).assertStatus(204)
    await db.table('addresses').insert({
      user_id: leaving.user.id,
      recipient: 'L',
      line1: '1 Gone Street',
      city: 'Paris',
      postal_code: '75001',
      country: 'FR',
      is_default: true,
      created_at: sqlNow(),
      updated_at: sqlNow(),
    })
    const before = await client.get(`${API}/plans/${plan.id}`).bearerToken(staying.token)

    const wrong = await client
      .delete(`${API}/auth/me`)
      .bearerToken(leaving.token)
      .json({ password: 'not-my-password' })
    wrong.assertStatus(422)
    assert.equal(firstError(wrong.body())?.field, 'password')

    ;(
      await client
        .delete(`${API}/auth/me`)
        .bearerToken(leaving.token)
        .json({ password: FACTORY_PASSWORD })
    ).assertStatus(204)

    // The account is gone: old token, refresh token and password no longer work.
    ;(await client.get(`${API}/auth/me`).bearerToken(leaving.token)).assertStatus(401)
    ;(
      await client.post(`${API}/auth/refresh`).json({ refreshToken: leaving.tokens.refreshToken })
    ).assertStatus(401)
    ;(
      await client
        .post(`${API}/auth/login`)
        .json({ email: leaving.user.email, password: FACTORY_PASSWORD })
    ).assertStatus(401)
    const row = await db.from('users').where('id', leaving.user.id).firstOrFail()
    assert.equal(row.full_name, 'Deleted user')
    assert.notEqual(row.email, leaving.user.email)
    assert.isNotNull(row.deleted_at)
    ;(
      await client.get(`${API}/users/${leaving.user.id}/profile`).bearerToken(staying.token)
    ).assertStatus(404)

    // Interactions removed, counters moved back by exactly theirs.
    const after = (await client.get(`${API}/plans/${plan.id}`).bearerToken(staying.token)).body()
      .data
    assert.equal(after.likesCount, before.body().data.likesCount - 1)
    assert.equal(after.downloadsCount, before.body().data.downloadsCount - 1)
    assert.equal(after.averageRating, 3)
    assert.equal(after.commentsCount, before.body().data.commentsCount - 1)
    for (const table of ['plan_likes', 'plan_ratings', 'plan_downloads', 'addresses']) {
      assert.lengthOf(await db.from(table).where('user_id', leaving.user.id), 0, table)
    }
    assert.lengthOf(
      await db
        .from('follows')
        .where('follower_id', leaving.user.id)
        .orWhere('followee_id', leaving.user.id),
      0
    )
    assert.lengthOf(await db.from('auth_access_tokens').where('tokenable_id', leaving.user.id), 0)
    assert.lengthOf(
      await db
        .from('member_blocks')
        .where('blocker_id', leaving.user.id)
        .orWhere('blocked_id', leaving.user.id),
      0
    )
    const blockList = await client.get(`${API}/me/blocks`).bearerToken(blocker.token)
    blockList.assertStatus(200)
    assert.lengthOf(
      blockList.body().data,
      0,
      'a deleted account leaves no row in the blocker’s list'
    )

    // The comment is an empty placeholder; the reply under it stays.
    const gone = await Comment.findOrFail(comment.body().data.id)
    assert.equal(gone.body, '')
    assert.isNotNull(gone.deletedAt)
    const thread = await client.get(`${API}/plans/${plan.id}/comments`).bearerToken(third.token)
    thread.assertStatus(200)
    assert.include(JSON.stringify(thread.body().data), 'a reply that stays')
    assert.notInclude(JSON.stringify(thread.body().data), 'leaving words')

    // Their plan stays for others, under "Deleted user"; the like on it is the other member's and stays.
    const kept = await client.get(`${API}/plans/${ownPlan.id}`).bearerToken(staying.token)
    kept.assertStatus(200)
    assert.equal(kept.body().data.owner.fullName, 'Deleted user')
    assert.equal(kept.body().data.likesCount, 1)

    // Others' notifications no longer name them.
    const notes = await Notification.query().where('user_id', staying.user.id)
    assert.isAbove(notes.length, 0)
    for (const note of notes)
      assert.notInclude(`${note.title} ${JSON.stringify(note.data)}`, leaving.user.fullName)

    const audit = await db
      .from('audit_logs')
      .where({ action: 'account.delete', target_id: String(leaving.user.id) })
      .firstOrFail()
    assert.equal(JSON.parse(audit.details).likes, 1)

    // Everyone else is untouched.
    ;(
      await client
        .post(`${API}/auth/login`)
        .json({ email: staying.user.email, password: FACTORY_PASSWORD })
    ).assertStatus(200)
    assert.lengthOf(await db.from('plan_likes').where('user_id', third.user.id), 1)
    assert.lengthOf(
      await db.from('follows').where('follower_id', third.user.id),
      0,
      'the follow of the deleted member went with it'
    )
  }).timeout(30_000)

  test('admins cannot delete their own account; a deleted account cannot be deleted again', async ({
    client,
  }) => {
    const admin = await actor('admin')
    ;(
      await client
        .delete(`${API}/auth/me`)
        .bearerToken(admin.token)
        .json({ password: FACTORY_PASSWORD })
    ).assertStatus(403)
    const member = await actor('shopper')
    ;(await client.delete(`${API}/auth/me`).bearerToken(member.token).json({})).assertStatus(422)
    ;(
      await client
        .delete(`${API}/auth/me`)
        .bearerToken(member.token)
        .json({ password: FACTORY_PASSWORD })
    ).assertStatus(204)
    ;(
      await client
        .delete(`${API}/auth/me`)
        .bearerToken(member.token)
        .json({ password: FACTORY_PASSWORD })
    ).assertStatus(401)
  })
})

test.group('identity / cleanup of personal data leftovers', (group) => {
  isolate(group)

  test('the cleanup task deletes expired export files, long-read notifications and old batch runs, and keeps the rest', async ({
    assert,
  }) => {
    const member = await actor('shopper')
    const dir = personalDataConfig.exportDir
    await mkdir(dir, { recursive: true })
    const expired = join(dir, `${member.user.id}-${randomUUID()}.json`)
    const fresh = join(dir, `${member.user.id}-${randomUUID()}.json`)
    await writeFile(expired, '{}')
    await writeFile(fresh, '{}')
    const longAgo = DateTime.utc()
      .minus({ milliseconds: personalDataConfig.linkExpiresInMs + 60_000 })
      .toJSDate()
    await utimes(expired, longAgo, longAgo)

    const oldRead = await Notification.create({
      userId: member.user.id,
      type: 'user.followed',
      groupKey: `a:${marker()}`,
      actorIds: [],
      actorCount: 1,
      title: 'old read',
      body: null,
      data: {},
      readAt: DateTime.utc().minus({ days: 100 }),
    })
    const oldUnread = await Notification.create({
      userId: member.user.id,
      type: 'user.followed',
      groupKey: `b:${marker()}`,
      actorIds: [],
      actorCount: 1,
      title: 'old unread',
      body: null,
      data: {},
    })
    const recentRead = await Notification.create({
      userId: member.user.id,
      type: 'user.followed',
      groupKey: `c:${marker()}`,
      actorIds: [],
      actorCount: 1,
      title: 'recent read',
      body: null,
      data: {},
      readAt: DateTime.utc().minus({ days: 2 }),
    })
    const oldRun = await BatchRun.create({
      task: 'trending',
      trigger: 'schedule',
      taskId: null,
      status: 'completed',
      startedAt: DateTime.utc().minus({ days: 120 }),
    })

    const run = await (await app.container.make(BatchRunner)).run('cleanup', { trigger: 'cli' })
    assert.equal(run.status, 'completed')
    assert.isAtLeast(Number(run.result?.personalDataExports), 1)
    assert.isFalse(existsSync(expired))
    assert.isTrue(existsSync(fresh))
    assert.isNull(await Notification.find(oldRead.id))
    assert.isNotNull(await Notification.find(oldUnread.id))
    assert.isNotNull(await Notification.find(recentRead.id))
    assert.isNull(await BatchRun.find(oldRun.id))
    await unlink(fresh)
  })
})
