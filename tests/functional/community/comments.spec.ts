import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import Activity from '#models/activity'
import Comment, { MAX_COMMENT_DEPTH } from '#models/comment'
import Notification from '#models/notification'
import SkillPlan from '#models/skill_plan'
import { sqlNow } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, firstError, planFor } from '#tests/support/community_plans'

interface CommentBody {
  id: number
  body: string
  depth: number
  deleted: boolean
  author: { id: number } | null
  replies: CommentBody[]
}

async function comment(
  client: ApiClient,
  token: string,
  planId: number,
  body: string,
  parentId?: number
) {
  const res = await client
    .post(`${API}/plans/${planId}/comments`)
    .bearerToken(token)
    .json({ body, parentId })
  res.assertStatus(201)
  return res.body().data as CommentBody
}

async function thread(
  client: ApiClient,
  token: string,
  planId: number,
  qs: Record<string, number> = {}
) {
  const res = await client.get(`${API}/plans/${planId}/comments`).qs(qs).bearerToken(token)
  res.assertStatus(200)
  return res.body() as {
    data: CommentBody[]
    meta: { total: number; page: number; perPage: number; lastPage: number }
  }
}

/** A thread as [body, replies] pairs, to compare shapes. */
const shape = (nodes: CommentBody[]): unknown[] => nodes.map((n) => [n.body, shape(n.replies)])

test.group('community / comments: threads', (group) => {
  isolate(group)

  test('comments come as threads: top-level newest first and paginated, replies nested oldest first', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const bob = await actor('shopper')

    const first = await comment(client, ann.token, plan.id, '  Great plan  ')
    assert.containsSubset(first, {
      body: 'Great plan',
      depth: 0,
      deleted: false,
      author: { id: ann.user.id },
      replies: [],
    })
    const reply = await comment(client, bob.token, plan.id, 'Agreed', first.id)
    assert.equal(reply.depth, 1)
    await comment(client, owner.token, plan.id, 'Thanks!', first.id)
    await comment(client, ann.token, plan.id, 'Day 2 was hard', reply.id)
    await comment(client, bob.token, plan.id, 'Second thread')

    const page = await thread(client, bob.token, plan.id)
    assert.deepEqual(shape(page.data), [
      ['Second thread', []],
      [
        'Great plan',
        [
          ['Agreed', [['Day 2 was hard', []]]],
          ['Thanks!', []],
        ],
      ],
    ])
    assert.deepEqual(page.meta, { page: 1, perPage: 20, total: 2, lastPage: 1 })
    const second = await thread(client, bob.token, plan.id, { perPage: 1, page: 2 })
    assert.deepEqual(shape(second.data), [
      [
        'Great plan',
        [
          ['Agreed', [['Day 2 was hard', []]]],
          ['Thanks!', []],
        ],
      ],
    ])
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, 5)
    assert.lengthOf(await Activity.query().where({ verb: 'comment.created', planId: plan.id }), 5)
  })

  test(`replies nest at most ${MAX_COMMENT_DEPTH} levels deep`, async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const { token } = await actor('shopper')
    let parent = await comment(client, token, plan.id, 'depth 0')
    for (let depth = 1; depth <= MAX_COMMENT_DEPTH; depth++) {
      parent = await comment(client, token, plan.id, `depth ${depth}`, parent.id)
      assert.equal(parent.depth, depth)
    }
    const tooDeep = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(token)
      .json({ body: 'one more', parentId: parent.id })
    tooDeep.assertStatus(422)
    assert.containsSubset(firstError(tooDeep.body()), {
      code: 'E_COMMENT_TOO_DEEP',
      field: 'parentId',
    })

    const elsewhere = await planFor(owner.user)
    const wrongPlan = await client
      .post(`${API}/plans/${elsewhere.id}/comments`)
      .bearerToken(token)
      .json({ body: 'hi', parentId: parent.id })
    wrongPlan.assertStatus(422)
    assert.equal(firstError(wrongPlan.body())?.field, 'parentId')
    const empty = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(token)
      .json({ body: '   ' })
    empty.assertStatus(422)
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, MAX_COMMENT_DEPTH + 1)
  })

  test("the plan's owner hears of comments and a comment's author of replies", async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user, { title: 'Bread baking' })
    const ann = await actor('shopper')
    const bob = await actor('shopper')

    const top = await comment(client, ann.token, plan.id, 'Which flour?')
    await comment(client, bob.token, plan.id, 'Any strong flour', top.id)
    const ownerNotes = await Notification.query().where({
      userId: owner.user.id,
      type: 'plan.commented',
    })
    assert.lengthOf(ownerNotes, 1)
    assert.equal(ownerNotes[0].title, '2 new comments on "Bread baking"')
    const replyNote = await Notification.query()
      .where({ userId: ann.user.id, type: 'comment.replied' })
      .firstOrFail()
    assert.containsSubset(replyNote.data, { planId: plan.id, planTitle: 'Bread baking' })
    assert.equal(replyNote.body, 'Any strong flour')

    // Replying to the owner's own comment tells them once, as a reply.
    const mine = await comment(client, owner.token, plan.id, 'Ask me anything')
    await Notification.query().where('user_id', owner.user.id).update({ read_at: sqlNow() })
    await comment(client, ann.token, plan.id, 'Rye?', mine.id)
    const unread = await Notification.query().where('user_id', owner.user.id).whereNull('read_at')
    assert.deepEqual(
      unread.map((n) => n.type),
      ['comment.replied']
    )
  })
})

test.group('community / comments: editing, deleting, hiding', (group) => {
  isolate(group)

  test('authors edit and delete their own comments; others get 403; admins may delete any', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const bob = await actor('shopper')
    const admin = await actor('admin')
    const mine = await comment(client, ann.token, plan.id, 'Typo hree')

    const edited = await client
      .patch(`${API}/comments/${mine.id}`)
      .bearerToken(ann.token)
      .json({ body: 'Typo here' })
    edited.assertStatus(200)
    assert.equal(edited.body().data.body, 'Typo here')

    const byBob = await client
      .patch(`${API}/comments/${mine.id}`)
      .bearerToken(bob.token)
      .json({ body: 'Hacked' })
    byBob.assertStatus(403)
    assert.deepEqual(byBob.body().errors, [
      { code: 'E_FORBIDDEN', message: 'You can only edit your own comments' },
    ])
    const bobDeletes = await client.delete(`${API}/comments/${mine.id}`).bearerToken(bob.token)
    bobDeletes.assertStatus(403)
    const ownerDeletes = await client.delete(`${API}/comments/${mine.id}`).bearerToken(owner.token)
    ownerDeletes.assertStatus(403)
    const adminEdits = await client
      .patch(`${API}/comments/${mine.id}`)
      .bearerToken(admin.token)
      .json({ body: 'Edited by admin' })
    adminEdits.assertStatus(403)

    const other = await comment(client, bob.token, plan.id, 'Spam')
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, 2)
    const adminDeletes = await client.delete(`${API}/comments/${other.id}`).bearerToken(admin.token)
    adminDeletes.assertStatus(204)
    const annDeletes = await client.delete(`${API}/comments/${mine.id}`).bearerToken(ann.token)
    annDeletes.assertStatus(204)
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, 0)

    for (const res of [
      await client.delete(`${API}/comments/${mine.id}`).bearerToken(ann.token),
      await client
        .patch(`${API}/comments/${mine.id}`)
        .bearerToken(ann.token)
        .json({ body: 'back' }),
    ]) {
      res.assertStatus(404)
    }
    assert.lengthOf(await Activity.query().where({ verb: 'comment.created', planId: plan.id }), 0)
    assert.deepEqual((await thread(client, ann.token, plan.id)).data, [])
  })

  test("a deleted comment's words leave the notifications that quoted them", async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const author = await actor('shopper')
    const plan = await planFor(owner.user)
    const written = await comment(client, author.token, plan.id, 'Words I take back')
    const inbox = async () =>
      (await client.get(`${API}/notifications`).bearerToken(owner.token)).body().data as {
        type: string
        body: string | null
      }[]
    assert.containsSubset(await inbox(), [{ type: 'plan.commented', body: 'Words I take back' }])

    ;(await client.delete(`${API}/comments/${written.id}`).bearerToken(author.token)).assertStatus(
      204
    )
    const after = await inbox()
    assert.containsSubset(after, [{ type: 'plan.commented', body: null }])
    assert.notInclude(JSON.stringify(after), 'Words I take back')
  })

  test('a deleted comment with replies stays as a "[deleted]" placeholder; without live replies it disappears', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const ann = await actor('shopper')
    const bob = await actor('shopper')
    const top = await comment(client, ann.token, plan.id, 'Original')
    const reply = await comment(client, bob.token, plan.id, 'A reply', top.id)
    const lonely = await comment(client, ann.token, plan.id, 'Nobody answered')

    await client.delete(`${API}/comments/${top.id}`).bearerToken(ann.token)
    await client.delete(`${API}/comments/${lonely.id}`).bearerToken(ann.token)
    let page = await thread(client, bob.token, plan.id)
    assert.equal(page.meta.total, 1)
    assert.containsSubset(page.data[0], {
      id: top.id,
      body: '[deleted]',
      deleted: true,
      author: null,
      replies: [{ id: reply.id, body: 'A reply' }],
    })
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, 1)

    const toDeleted = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(bob.token)
      .json({ body: 'hello?', parentId: top.id })
    toDeleted.assertStatus(422)

    await client.delete(`${API}/comments/${reply.id}`).bearerToken(bob.token)
    page = await thread(client, bob.token, plan.id)
    assert.deepEqual(page.data, [])
    assert.equal(page.meta.total, 0)
  })

  test("blocked users' and hidden comments are absent, kept only as placeholders above live replies", async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const troll = await actor('shopper')
    const ann = await actor('shopper')
    const viewer = await actor('shopper')
    const trollTop = await comment(client, troll.token, plan.id, 'Troll thread')
    const trollAnswered = await comment(client, troll.token, plan.id, 'Troll question')
    await comment(client, ann.token, plan.id, 'Ann answers the troll', trollAnswered.id)
    const hidden = await comment(client, ann.token, plan.id, 'Hidden by moderation')

    troll.user.blockedAt = DateTime.utc()
    await troll.user.save()
    await Comment.query().where('id', hidden.id).update({ hidden_at: sqlNow() })

    const page = await thread(client, viewer.token, plan.id)
    assert.deepEqual(shape(page.data), [['[deleted]', [['Ann answers the troll', []]]]])
    assert.isNull(page.data[0].author)
    assert.notInclude(JSON.stringify(page.data), 'Troll')
    assert.notInclude(JSON.stringify(page.data), 'Hidden by moderation')

    for (const id of [trollTop.id, hidden.id]) {
      const res = await client.delete(`${API}/comments/${id}`).bearerToken(viewer.token)
      res.assertStatus(404)
    }
    const replyToHidden = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(viewer.token)
      .json({ body: 'hm', parentId: hidden.id })
    replyToHidden.assertStatus(422)
  })

  test('commenting needs an active account', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const plan = await planFor(owner.user)
    const pending = await actor('pendingSponsor')
    const res = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(pending.token)
      .json({ body: 'Hi' })
    res.assertStatus(403)
    const anonymous = await client.post(`${API}/plans/${plan.id}/comments`).json({ body: 'Hi' })
    anonymous.assertStatus(401)
    const blocked = await actor('shopper', { blockedAt: DateTime.utc() })
    const byBlocked = await client
      .post(`${API}/plans/${plan.id}/comments`)
      .bearerToken(blocked.token)
      .json({ body: 'Hi' })
    byBlocked.assertStatus(401)
    assert.equal(firstError(byBlocked.body())?.code, 'E_ACCOUNT_BLOCKED')
    assert.equal((await SkillPlan.findOrFail(plan.id)).commentsCount, 0)
  })
})
