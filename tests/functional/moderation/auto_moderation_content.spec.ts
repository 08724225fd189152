import { test } from '@japa/runner'
import Comment from '#models/comment'
import Report from '#models/report'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, planFor } from '#tests/support/community_plans'

const ADMIN = '/api/v1/admin/moderation'

test.group('moderation / rules on community content', (group) => {
  isolate(group)

  test('a keyword rule hides a new comment and queues it; a resolve keeps it hidden everywhere', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const author = await actor('influencer')
    const reader = await actor('shopper')
    const plan = await planFor(author.user)
    const rule = await client
      .post(`${ADMIN}/rules`)
      .bearerToken(admin.token)
      .json({
        name: 'Pill spam',
        kind: 'keyword',
        keywords: ['cheap pills'],
        targetTypes: ['comment'],
        action: 'hide',
      })
    rule.assertStatus(201)

    const clean = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(reader.token)
      .json({ body: 'Great plan, thanks!' })
    clean.assertStatus(201)
    const spam = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(reader.token)
      .json({ body: 'Buy CHEAP PILLS here' })
    spam.assertStatus(201)

    const stored = await Comment.findOrFail(spam.body().data.id)
    assert.isNotNull(stored.hiddenAt)
    const queued = await Report.query()
      .where({ target_type: 'comment', target_id: stored.id })
      .firstOrFail()
    assert.isNull(queued.reporterId)
    assert.equal(queued.ruleId, rule.body().data.id)

    const thread = await client.get(`${API}/plans/${plan.id}/comments`).bearerToken(author.token)
    const bodies = JSON.stringify(thread.body().data)
    assert.include(bodies, 'Great plan')
    assert.notInclude(bodies, 'CHEAP PILLS')

    const queue = await client.get(`${ADMIN}/reports?type=comment`).bearerToken(admin.token)
    const entry = queue.body().data.find((r: { targetId: number }) => r.targetId === stored.id)
    assert.isTrue(entry.automatic)
    const resolved = await client
      .post(`${ADMIN}/reports/${entry.id}/resolve`)
      .bearerToken(admin.token)
      .json({ action: 'hide', version: entry.version })
    resolved.assertStatus(200)
    await stored.refresh()
    assert.isNotNull(stored.hiddenAt)
  })

  test('a regex rule on plans hides a matching plan from its owner’s public list', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const reader = await actor('shopper')
    ;(
      await client
        .post(`${ADMIN}/rules`)
        .bearerToken(admin.token)
        .json({
          name: 'Shortened links',
          kind: 'regex',
          pattern: 'bit\\.ly/\\w+',
          targetTypes: ['plan'],
          action: 'hide',
        })
    ).assertStatus(201)
    const created = await client
      .post(`${API}/plans`)
      .bearerToken(owner.token)
      .json({
        title: 'Thirty days of code',
        description: 'Sign up at bit.ly/xyz123 first',
        category: 'coding',
        difficulty: 'beginner',
        durationDays: 30,
        tasks: [{ day: 1, title: 'Install node' }],
      })
    created.assertStatus(201)
    const planId = created.body().data.id
    ;(await client.get(`${API}/plans/${planId}`).bearerToken(reader.token)).assertStatus(404)
    const listed = await client.get(`${API}/users/${owner.user.id}/plans`).bearerToken(reader.token)
    assert.notInclude(
      listed.body().data.map((p: { id: number }) => p.id),
      planId
    )
  })
})
