import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import Comment from '#models/comment'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { claim, contentOf, MODERATION, report, resolve } from '#tests/support/moderation'

const ADMIN = '/api/v1/admin'

test.group('moderation / report context for reviewers', (group) => {
  isolate(group)

  test('a report comes with its reporter, the content excerpt, the other reports on it and the audit history', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const second = await actor('shopper')
    const owner = await actor('influencer')
    const commentId = await contentOf('comment', owner.user)
    await Comment.query()
      .where('id', commentId)
      .update({ body: 'Buy cheap followers at spam.example' })
    const first = await report(client, reporter, 'comment', commentId, 'spam', 'obvious spam link')
    const other = await report(client, second, 'comment', commentId, 'abuse')
    assert.equal((await claim(client, admin, first.id)).status(), 200)
    const claimed = (
      await client.get(`${MODERATION}/reports/${first.id}`).bearerToken(admin.token)
    ).body().data
    assert.equal(
      (await resolve(client, admin, first.id, 'hide', claimed.version, 'spam link')).status(),
      200
    )

    const res = await client
      .get(`${MODERATION}/reports/${first.id}/context`)
      .bearerToken(admin.token)
    res.assertStatus(200)
    const data = res.body().data
    assert.containsSubset(data, {
      report: { id: first.id, status: 'resolved', action: 'hide' },
      reporter: { id: reporter.user.id, email: reporter.user.email },
      target: {
        type: 'comment',
        id: commentId,
        exists: true,
        hidden: true,
        ownerId: owner.user.id,
        owner: { email: owner.user.email },
        excerpt: 'Buy cheap followers at spam.example',
      },
    })
    assert.deepEqual(
      data.reportsOnTarget.map((r: { id: number }) => r.id),
      [first.id, other.id]
    )
    assert.deepEqual(
      data.history.map((h: { action: string }) => h.action),
      ['moderation.claim', 'moderation.resolve']
    )
  })

  test('an automatic report has no reporter; unknown reports are a 404; only admins may read it', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const filed = await report(client, reporter, 'plan', await contentOf('plan', owner.user))
    assert.equal(
      (await client.get(`${MODERATION}/reports/999999/context`).bearerToken(admin.token)).status(),
      404
    )
    assert.equal(
      (
        await client.get(`${MODERATION}/reports/${filed.id}/context`).bearerToken(reporter.token)
      ).status(),
      403
    )
    const res = await client
      .get(`${MODERATION}/reports/${filed.id}/context`)
      .bearerToken(admin.token)
    assert.deepEqual(res.body().data.history, [])
    assert.equal(res.body().data.target.excerpt.length > 0, true)
  })
})

test.group('admin / member activity and audit log since', (group) => {
  isolate(group)

  test('the activity summary counts content, hidden content, reports by and about the member, and the last admin action', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const member = await actor('influencer')
    const reporter = await actor('shopper')
    await contentOf('plan', member.user)
    const commentId = await contentOf('comment', member.user)
    const filed = await report(client, reporter, 'comment', commentId)
    await report(client, member, 'user', reporter.user.id, 'abuse')
    assert.equal((await resolve(client, admin, filed.id, 'hide', filed.version)).status(), 200)
    assert.equal(
      (
        await client
          .post(`${ADMIN}/users/${member.user.id}/flag`)
          .bearerToken(admin.token)
          .json({ reason: 'watch closely' })
      ).status(),
      200
    )

    const res = await client
      .get(`${ADMIN}/users/${member.user.id}/activity`)
      .bearerToken(admin.token)
    res.assertStatus(200)
    assert.containsSubset(res.body().data, {
      content: { plans: 2, comments: 1, hidden: 1 },
      reportsFiled: { total: 1, upheld: 0, dismissed: 0 },
      reportsAbout: { open: 0, resolved: 1, dismissed: 0 },
      lastAdminAction: { action: 'user.flag' },
    })
    assert.equal(
      (await client.get(`${ADMIN}/users/999999/activity`).bearerToken(admin.token)).status(),
      404
    )
    assert.equal(
      (
        await client.get(`${ADMIN}/users/${member.user.id}/activity`).bearerToken(member.token)
      ).status(),
      403
    )
  })

  test('audit-logs?since= keeps the entries at or after the instant; a malformed instant is a 422', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const old = await AuditLog.create({
      actorId: admin.user.id,
      action: 'user.flag',
      targetType: 'user',
      targetId: '1',
      details: {},
      ip: null,
      requestId: null,
    })
    old.createdAt = DateTime.utc().minus({ days: 3 })
    await old.save()
    const recent = await AuditLog.create({
      actorId: admin.user.id,
      action: 'user.flag',
      targetType: 'user',
      targetId: '2',
      details: {},
      ip: null,
      requestId: null,
    })
    const since = DateTime.utc().minus({ days: 1 }).toISO()
    const res = await client
      .get(`${ADMIN}/audit-logs`)
      .qs({ actorId: admin.user.id, since })
      .bearerToken(admin.token)
    res.assertStatus(200)
    assert.deepEqual(
      res.body().data.map((e: { id: number }) => e.id),
      [recent.id]
    )
    const bad = await client
      .get(`${ADMIN}/audit-logs`)
      .qs({ since: 'yesterday' })
      .bearerToken(admin.token)
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'since')
  })
})
