import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import BatchRun from '#models/batch_run'
import Notification from '#models/notification'
import UserToken from '#models/user_token'
import BatchRunner from '#platform/scheduler/batch_runner'
import { HISTORY_DAYS } from '#services/operations/cleanup_service'
import { sqlTime } from '#platform/db/time'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { marker } from '#tests/support/marketplace'

const ago = (duration: Record<string, number>) => sqlTime(DateTime.utc().minus(duration))
const cleanup = async () =>
  (await app.container.make(BatchRunner)).run('cleanup', { trigger: 'cli' })

test.group('operations / cleanup keeps what is alive', (group) => {
  isolate(group)

  test('live sessions survive the cleanup run; expired access and refresh tokens go', async ({
    client,
    assert,
  }) => {
    const live = await actor('shopper')
    const expired = await actor('shopper')
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', expired.user.id)
      .update({ expires_at: ago({ minutes: 1 }) })
    await db
      .from('refresh_tokens')
      .where('user_id', expired.user.id)
      .update({ expires_at: ago({ minutes: 1 }) })

    const run = await cleanup()
    assert.equal(run.status, 'completed')
    assert.equal(run.result?.accessTokens, 1)
    assert.equal(run.result?.refreshTokens, 1)

    ;(await client.get('/api/v1/auth/me').bearerToken(live.token)).assertStatus(200)
    ;(
      await client.post('/api/v1/auth/refresh').json({ refreshToken: live.tokens.refreshToken })
    ).assertStatus(200)
    ;(await client.get('/api/v1/auth/me').bearerToken(expired.token)).assertStatus(401)
    assert.lengthOf(await db.from('auth_access_tokens').where('tokenable_id', expired.user.id), 0)
    assert.lengthOf(await db.from('refresh_tokens').where('user_id', expired.user.id), 0)
  })

  test('revoked and used refresh tokens stay a week, links until they expire, read notifications and runs 90 days', async ({
    assert,
  }) => {
    const { user } = await actor('influencer')
    const other = await actor('influencer')
    const refreshOf = (userId: number) => db.from('refresh_tokens').where('user_id', userId)
    await refreshOf(user.id).update({ revoked_at: ago({ days: 6 }) })
    await refreshOf(other.user.id).update({ used_at: ago({ days: 8 }) })

    const link = (expiresAt: DateTime, usedAt: DateTime | null = null) =>
      UserToken.create({
        userId: user.id,
        purpose: 'password_reset',
        tokenHash: marker(),
        expiresAt,
        usedAt,
      })
    const liveLink = await link(DateTime.utc().plus({ minutes: 30 }))
    const expiredLink = await link(DateTime.utc().minus({ minutes: 1 }))
    const usedLongAgo = await link(
      DateTime.utc().plus({ minutes: 30 }),
      DateTime.utc().minus({ days: 8 })
    )

    const note = (title: string, readAt: DateTime | null) =>
      Notification.create({
        userId: user.id,
        type: 'user.followed',
        groupKey: `${title}:${marker()}`,
        actorIds: [],
        actorCount: 1,
        title,
        body: null,
        data: {},
        readAt,
      })
    const readRecently = await note(
      'read recently',
      DateTime.utc().minus({ days: HISTORY_DAYS - 1 })
    )
    const readLongAgo = await note(
      'read long ago',
      DateTime.utc().minus({ days: HISTORY_DAYS + 1 })
    )
    const unread = await note('unread', null)

    const runAt = (days: number) =>
      BatchRun.create({
        task: 'trending',
        trigger: 'schedule',
        taskId: null,
        status: 'completed',
        startedAt: DateTime.utc().minus({ days }),
      })
    const recentRun = await runAt(HISTORY_DAYS - 1)
    const oldRun = await runAt(HISTORY_DAYS + 1)

    assert.equal((await cleanup()).status, 'completed')

    assert.lengthOf(await refreshOf(user.id), 1)
    assert.lengthOf(await refreshOf(other.user.id), 0)
    assert.isNotNull(await UserToken.find(liveLink.id))
    assert.isNull(await UserToken.find(expiredLink.id))
    assert.isNull(await UserToken.find(usedLongAgo.id))
    assert.isNotNull(await Notification.find(readRecently.id))
    assert.isNull(await Notification.find(readLongAgo.id))
    assert.isNotNull(await Notification.find(unread.id))
    assert.isNotNull(await BatchRun.find(recentRun.id))
    assert.isNull(await BatchRun.find(oldRun.id))
  })
})
