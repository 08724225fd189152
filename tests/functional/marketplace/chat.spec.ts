import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Message from '#models/message'
import Notification from '#models/notification'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { API, campaignFor, firstError, invite } from '#tests/support/marketplace'
import { openStream } from '#tests/support/sse'

type Actor = Awaited<ReturnType<typeof actor>>

/** A brand and an influencer sharing an ad request, with their conversation open. */
async function pairWithConversation(client: ApiClient) {
  const brand = await actor('sponsor')
  const creator = await actor('influencer')
  const campaign = await campaignFor(brand.user)
  const request = await invite(client, brand.token, campaign.id, creator.user.id)
  const res = await client
    .post(`${API}/conversations`)
    .bearerToken(brand.token)
    .json({ participantId: creator.user.id })
  res.assertStatus(200)
  return { brand, creator, request, conversationId: res.body().data.id as number }
}

const send = (
  client: ApiClient,
  who: Actor,
  conversationId: number,
  body: string,
  extra: Record<string, unknown> = {}
) =>
  client
    .post(`${API}/conversations/${conversationId}/messages`)
    .bearerToken(who.token)
    .json({ body, ...extra })

const unreadIn = async (client: ApiClient, who: Actor, conversationId: number) => {
  const res = await client.get(`${API}/conversations`).bearerToken(who.token)
  res.assertStatus(200)
  return res.body().data.find((c: { id: number }) => c.id === conversationId)?.unread as
    number | undefined
}

test.group('marketplace / chat', (group) => {
  isolate(group)

  test('a conversation opens only between a brand and an influencer who share an ad request', async ({
    client,
    assert,
  }) => {
    const brand = await actor('sponsor')
    const creator = await actor('influencer')
    const campaign = await campaignFor(brand.user)

    const early = await client
      .post(`${API}/conversations`)
      .bearerToken(brand.token)
      .json({ participantId: creator.user.id })
    early.assertStatus(403)
    assert.deepEqual(early.body().errors, [
      {
        code: 'E_NO_AD_REQUEST',
        message: 'A conversation starts from an ad request between you two',
      },
    ])

    await invite(client, brand.token, campaign.id, creator.user.id)
    const opened = await client
      .post(`${API}/conversations`)
      .bearerToken(brand.token)
      .json({ participantId: creator.user.id })
    opened.assertStatus(200)
    assert.containsSubset(opened.body().data, {
      sponsor: { id: brand.user.id, role: 'sponsor' },
      influencer: { id: creator.user.id, role: 'influencer' },
      unread: 0,
      lastMessageAt: null,
    })

    const again = await client
      .post(`${API}/conversations`)
      .bearerToken(brand.token)
      .json({ participantId: creator.user.id })
    assert.equal(again.body().data.id, opened.body().data.id)
    const fromCreator = await client
      .post(`${API}/conversations`)
      .bearerToken(creator.token)
      .json({ participantId: brand.user.id })
    fromCreator.assertStatus(200)
    assert.equal(fromCreator.body().data.id, opened.body().data.id)

    const otherCreator = await actor('influencer')
    const unrelated = await client
      .post(`${API}/conversations`)
      .bearerToken(otherCreator.token)
      .json({ participantId: brand.user.id })
    unrelated.assertStatus(403)
    assert.equal(firstError(unrelated.body())?.code, 'E_NO_AD_REQUEST')

    for (const participant of [await actor('shopper'), await actor('sponsor')]) {
      const res = await client
        .post(`${API}/conversations`)
        .bearerToken(brand.token)
        .json({ participantId: participant.user.id })
      res.assertStatus(422)
      assert.equal(firstError(res.body())?.field, 'participantId')
    }
    const shopper = await actor('shopper')
    ;(
      await client
        .post(`${API}/conversations`)
        .bearerToken(shopper.token)
        .json({ participantId: brand.user.id })
    ).assertStatus(403)
    ;(await client.get(`${API}/conversations`).bearerToken(shopper.token)).assertStatus(403)
  })

  test("both parties show their profile: the brand's company name and the influencer's niche", async ({
    client,
    assert,
  }) => {
    const { brand, creator, conversationId } = await pairWithConversation(client)
    await brand.user.load('sponsorProfile')
    await creator.user.load('influencerProfile')
    const parties = {
      sponsor: {
        id: brand.user.id,
        fullName: brand.user.fullName,
        role: 'sponsor',
        companyName: brand.user.sponsorProfile.companyName,
        niche: null,
      },
      influencer: {
        id: creator.user.id,
        fullName: creator.user.fullName,
        role: 'influencer',
        companyName: null,
        niche: creator.user.influencerProfile.niche,
      },
    }
    for (const who of [brand, creator]) {
      const list = await client.get(`${API}/conversations`).bearerToken(who.token)
      list.assertStatus(200)
      const listed = list.body().data.find((c: { id: number }) => c.id === conversationId)
      assert.deepEqual({ sponsor: listed.sponsor, influencer: listed.influencer }, parties)

      const other = who === brand ? creator : brand
      const opened = await client
        .post(`${API}/conversations`)
        .bearerToken(who.token)
        .json({ participantId: other.user.id })
      opened.assertStatus(200)
      assert.deepEqual(
        { sponsor: opened.body().data.sponsor, influencer: opened.body().data.influencer },
        parties
      )
    }
  })

  test('sends messages and lists them newest first with a cursor', async ({ client, assert }) => {
    const { brand, creator, request, conversationId } = await pairWithConversation(client)
    const sent: number[] = []
    for (let i = 1; i <= 5; i++) {
      const who = i % 2 ? brand : creator
      const res = await send(
        client,
        who,
        conversationId,
        `  message ${i}  `,
        i === 1 ? { adRequestId: request.id } : {}
      )
      res.assertStatus(201)
      assert.containsSubset(res.body().data, {
        conversationId,
        senderId: who.user.id,
        body: `message ${i}`,
        read: false,
      })
      sent.push(res.body().data.id)
    }
    assert.equal((await Message.findOrFail(sent[0])).adRequestId, request.id)

    const page = (token: string, qs: Record<string, number>) =>
      client.get(`${API}/conversations/${conversationId}/messages`).qs(qs).bearerToken(token)
    const first = await page(creator.token, { limit: 2 })
    first.assertStatus(200)
    assert.deepEqual(
      first.body().data.map((m: { body: string }) => m.body),
      ['message 5', 'message 4']
    )
    assert.deepEqual(first.body().meta, { nextCursor: sent[3] })

    const second = await page(brand.token, { limit: 2, before: first.body().meta.nextCursor })
    assert.deepEqual(
      second.body().data.map((m: { id: number }) => m.id),
      [sent[2], sent[1]]
    )
    assert.equal(second.body().meta.nextCursor, sent[1])

    const last = await page(brand.token, { limit: 2, before: second.body().meta.nextCursor })
    assert.deepEqual(
      last.body().data.map((m: { id: number }) => m.id),
      [sent[0]]
    )
    assert.isNull(last.body().meta.nextCursor)

    const all = await page(brand.token, {})
    assert.deepEqual(
      all.body().data.map((m: { id: number }) => m.id),
      [...sent].reverse()
    )
    assert.isNull(all.body().meta.nextCursor)

    const invalid = await page(brand.token, { limit: 101, before: 0 })
    invalid.assertStatus(422)
    assert.sameMembers(
      invalid.body().errors.map((e: { field: string }) => e.field),
      ['limit', 'before']
    )

    const empty = await send(client, brand, conversationId, '   ')
    empty.assertStatus(422)
    assert.equal(firstError(empty.body())?.field, 'body')
  })

  test('a message can only point at an ad request between the two parties', async ({
    client,
    assert,
  }) => {
    const { brand, conversationId } = await pairWithConversation(client)
    const stranger = await actor('influencer')
    const campaign = await campaignFor(brand.user)
    const foreign = await invite(client, brand.token, campaign.id, stranger.user.id)

    const res = await send(client, brand, conversationId, 'About that other deal', {
      adRequestId: foreign.id,
    })
    res.assertStatus(422)
    assert.equal(firstError(res.body())?.field, 'adRequestId')
    assert.isNull(await Message.findBy('conversationId', conversationId))
  })

  test("marking read clears the reader's unread count and their message notification", async ({
    client,
    assert,
  }) => {
    const { brand, creator, conversationId } = await pairWithConversation(client)
    for (const text of ['Hi!', 'Did you see the brief?', 'Ping'])
      (await send(client, brand, conversationId, text)).assertStatus(201)
    ;(await send(client, creator, conversationId, 'Yes, reading it')).assertStatus(201)

    assert.equal(await unreadIn(client, creator, conversationId), 3)
    assert.equal(await unreadIn(client, brand, conversationId), 1)
    const notification = await Notification.query()
      .where('user_id', creator.user.id)
      .where('type', 'message.received')
      .firstOrFail()
    assert.equal(notification.actorCount, 3)
    assert.equal(notification.title, `3 new messages from ${brand.user.fullName}`)
    assert.equal(notification.data.conversationId, conversationId)

    const read = await client
      .post(`${API}/conversations/${conversationId}/read`)
      .bearerToken(creator.token)
    read.assertStatus(200)
    assert.deepEqual(read.body().data, { marked: 3 })

    assert.equal(await unreadIn(client, creator, conversationId), 0)
    assert.equal(await unreadIn(client, brand, conversationId), 1)
    await notification.refresh()
    assert.isNotNull(notification.readAt)

    const messages = await client
      .get(`${API}/conversations/${conversationId}/messages`)
      .bearerToken(brand.token)
    assert.deepEqual(
      messages.body().data.map((m: { body: string; read: boolean }) => [m.body, m.read]),
      [
        ['Yes, reading it', false],
        ['Ping', true],
        ['Did you see the brief?', true],
        ['Hi!', true],
      ]
    )

    const list = await client.get(`${API}/conversations`).bearerToken(creator.token)
    assert.isString(
      list.body().data.find((c: { id: number }) => c.id === conversationId).lastMessageAt
    )

    const twice = await client
      .post(`${API}/conversations/${conversationId}/read`)
      .bearerToken(creator.token)
    assert.deepEqual(twice.body().data, { marked: 0 })
  })

  test('a third user gets 404 on the conversation; an admin can read it but not write', async ({
    client,
    assert,
  }) => {
    const { brand, conversationId } = await pairWithConversation(client)
    ;(await send(client, brand, conversationId, 'Private terms')).assertStatus(201)

    for (const outsider of [await actor('influencer'), await actor('sponsor')]) {
      const read = await client
        .get(`${API}/conversations/${conversationId}/messages`)
        .bearerToken(outsider.token)
      read.assertStatus(404)
      assert.equal(firstError(read.body())?.code, 'E_NOT_FOUND')
      ;(await send(client, outsider, conversationId, 'Let me in')).assertStatus(404)
      ;(
        await client.post(`${API}/conversations/${conversationId}/read`).bearerToken(outsider.token)
      ).assertStatus(404)
      const list = await client.get(`${API}/conversations`).bearerToken(outsider.token)
      assert.deepEqual(list.body().data, [])
    }

    const admin = await actor('admin')
    const read = await client
      .get(`${API}/conversations/${conversationId}/messages`)
      .bearerToken(admin.token)
    read.assertStatus(200)
    assert.deepEqual(
      read.body().data.map((m: { body: string }) => m.body),
      ['Private terms']
    )

    const write = await send(client, admin, conversationId, 'Moderator here')
    write.assertStatus(403)
    assert.equal(firstError(write.body())?.code, 'E_FORBIDDEN')
    ;(
      await client.post(`${API}/conversations/${conversationId}/read`).bearerToken(admin.token)
    ).assertStatus(403)
    assert.lengthOf(await Message.query().where('conversation_id', conversationId), 1)

    ;(
      await client.get(`${API}/conversations/999999999/messages`).bearerToken(admin.token)
    ).assertStatus(404)
  })

  test('a new message is pushed to the other party over SSE', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { brand, creator, conversationId } = await pairWithConversation(client)
    const stream = await openStream(`http://${process.env.HOST}:${process.env.PORT}`, creator.token)
    cleanup(() => stream.close())
    assert.equal((await stream.subscribe(`users/${creator.user.id}`)).status, 204)

    const sent = await send(client, brand, conversationId, 'Pushed to you')
    sent.assertStatus(201)
    const pushed = await stream.next((m) => m.payload?.event === 'message')
    assert.equal(pushed.channel, `users/${creator.user.id}`)
    assert.containsSubset(pushed.payload.data, {
      id: sent.body().data.id,
      conversationId,
      senderId: brand.user.id,
      body: 'Pushed to you',
      read: false,
    })
    await stream.next(
      (m) => m.payload?.event === 'notification' && m.payload.data.type === 'message.received'
    )
  })
})
