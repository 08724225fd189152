import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type SkillPlan from '#models/skill_plan'
import User from '#models/user'
import { isolate } from '#tests/support/hooks'
import { actor } from '#tests/support/auth'
import { planFor } from '#tests/support/community_plans'
import {
  claim,
  current,
  dismiss,
  firstError,
  MODERATION,
  queue,
  report,
  resolve,
  type ReportBody,
} from '#tests/support/moderation'
import { sqlTime } from '#platform/db/time'

const reporterWith = async (credibility: number) => {
  const reporter = await actor('shopper')
  await User.query().where('id', reporter.user.id).update({ credibility })
  return reporter
}

const scoreOf = async (reportId: number) =>
  Number((await db.from('reports').where('id', reportId).firstOrFail()).priority)

test.group('moderation / priority', (group) => {
  isolate(group)

  test('more distinct reporters raise the score of every report on the target', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const crowded = await planFor(owner.user)
    const quiet = await planFor(owner.user)
    const lone = await report(client, await reporterWith(50), 'plan', quiet.id, 'spam')

    const first = await report(client, await reporterWith(50), 'plan', crowded.id, 'spam')
    assert.equal(first.priority, await scoreOf(lone.id))
    await report(client, await reporterWith(50), 'plan', crowded.id, 'spam')
    const third = await report(client, await reporterWith(50), 'plan', crowded.id, 'spam')

    assert.isAbove(third.priority, lone.priority)
    // The first report was rescored with the crowd.
    assert.equal(await scoreOf(first.id), third.priority)
  })

  test('a more credible reporter outranks a less credible one', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const trusted = await report(
      client,
      await reporterWith(95),
      'plan',
      (await planFor(owner.user)).id,
      'spam'
    )
    const doubtful = await report(
      client,
      await reporterWith(5),
      'plan',
      (await planFor(owner.user)).id,
      'spam'
    )
    assert.isAbove(trusted.priority, doubtful.priority)
  })

  test('fraud outranks abuse, abuse inappropriate, inappropriate spam, spam other', async ({
    client,
    assert,
  }) => {
    const owner = await actor('influencer')
    const scores: number[] = []
    for (const reason of ['fraud', 'abuse', 'inappropriate', 'spam', 'other']) {
      scores.push(
        (
          await report(
            client,
            await reporterWith(50),
            'plan',
            (await planFor(owner.user)).id,
            reason
          )
        ).priority
      )
    }
    assert.deepEqual(
      [...scores].sort((a, b) => b - a),
      scores
    )
    assert.equal(new Set(scores).size, scores.length)
  })

  test('content with more reach outranks content with less', async ({ client, assert }) => {
    const owner = await actor('influencer')
    const popular = await planFor(owner.user, {
      likesCount: 900,
      downloadsCount: 100,
    } as Partial<SkillPlan>)
    const obscure = await planFor(owner.user)
    const big = await report(client, await reporterWith(50), 'plan', popular.id, 'spam')
    const small = await report(client, await reporterWith(50), 'plan', obscure.id, 'spam')
    assert.isAbove(big.priority, small.priority)
  })
})

test.group('moderation / review queue', (group) => {
  isolate(group)
  // Each test starts from an empty queue (inside its rolled-back transaction), so lists are exact.
  group.each.setup(async () => {
    await db.from('reports').delete()
  })

  test('the queue lists open and claimed reports, highest score first', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('sponsor')
    const plan = await planFor(owner.user)
    const filed = [
      await report(client, await reporterWith(10), 'plan', plan.id, 'other'),
      await report(client, await reporterWith(90), 'user', owner.user.id, 'fraud'),
      await report(client, await reporterWith(50), 'plan', (await planFor(owner.user)).id, 'abuse'),
    ]
    const closed = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'fraud'
    )
    ;(await dismiss(client, admin, closed.id, closed.version)).assertStatus(200)
    const claimed = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'spam'
    )
    ;(await claim(client, admin, claimed.id)).assertStatus(200)

    const listed = await queue(client, admin)
    const ids = listed.map((r) => r.id)
    assert.sameMembers(ids, [...filed.map((r) => r.id), claimed.id])
    assert.notInclude(ids, closed.id)
    const scores = listed.map((r) => r.priority)
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a)
    )
    assert.equal(ids[0], filed[1].id)

    const res = await client
      .get(`${MODERATION}/reports`)
      .qs({ perPage: 2, page: 2 })
      .bearerToken(admin.token)
    res.assertStatus(200)
    assert.containsSubset(res.body().meta, { page: 2, perPage: 2, total: 4, lastPage: 2 })
    assert.deepEqual(
      res.body().data.map((r: ReportBody) => r.id),
      ids.slice(2)
    )
  })

  test('filters by type, status, reason and minimum score', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('sponsor')
    const onPlan = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'spam'
    )
    const onUser = await report(client, await reporterWith(50), 'user', owner.user.id, 'fraud')
    const dismissed = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'abuse'
    )
    ;(await dismiss(client, admin, dismissed.id, dismissed.version)).assertStatus(200)
    const claimed = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'fraud'
    )
    const claimedNow = (await claim(client, admin, claimed.id)).body().data as ReportBody

    const ids = (rows: ReportBody[]) => rows.map((r) => r.id).sort()
    assert.deepEqual(ids(await queue(client, admin, { type: 'user' })), [onUser.id])
    assert.deepEqual(
      ids(await queue(client, admin, { type: 'plan' })),
      [onPlan.id, claimed.id].sort()
    )
    assert.deepEqual(ids(await queue(client, admin, { status: 'dismissed' })), [dismissed.id])
    assert.deepEqual(ids(await queue(client, admin, { status: 'claimed' })), [claimed.id])
    assert.deepEqual(
      ids(await queue(client, admin, { reason: 'fraud' })),
      [onUser.id, claimed.id].sort()
    )
    assert.deepEqual(ids(await queue(client, admin, { reason: 'fraud', type: 'plan' })), [
      claimed.id,
    ])
    assert.deepEqual(
      ids(await queue(client, admin, { minScore: onUser.priority })),
      [onUser.id, claimed.id].sort()
    )
    assert.isAbove(onUser.priority, onPlan.priority)
    assert.equal(claimedNow.priority, onUser.priority)
    assert.deepEqual(ids(await queue(client, admin, { minScore: onUser.priority + 0.01 })), [])

    for (const qs of [{ type: 'video' }, { status: 'lost' }, { reason: 'meh' }, { minScore: -1 }]) {
      const res = await client.get(`${MODERATION}/reports`).qs(qs).bearerToken(admin.token)
      res.assertStatus(422)
    }
  })

  test('one report, in full, for an admin; 404 for an unknown one', async ({ client, assert }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await reporterWith(50),
      'plan',
      (await planFor(owner.user)).id,
      'inappropriate',
      'Not for kids'
    )
    const shown = await current(client, admin, filed.id)
    assert.containsSubset(shown, {
      id: filed.id,
      reason: 'inappropriate',
      details: 'Not for kids',
      targetOwnerId: owner.user.id,
      status: 'open',
    })
    const missing = await client.get(`${MODERATION}/reports/2000000000`).bearerToken(admin.token)
    missing.assertStatus(404)
  })
})

test.group('moderation / claims', (group) => {
  isolate(group)

  test('a claim gives one admin the report for 15 minutes; others get 409 E_REPORT_UNAVAILABLE', async ({
    client,
    assert,
  }) => {
    const [first, second] = [await actor('admin'), await actor('admin')]
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      (await planFor(owner.user)).id
    )

    const res = await claim(client, first, filed.id)
    res.assertStatus(200)
    const claimed = res.body().data as ReportBody
    assert.containsSubset(claimed, {
      status: 'claimed',
      claimedBy: first.user.id,
      version: filed.version + 1,
    })
    const expires = DateTime.fromISO(claimed.claimExpiresAt!)
    assert.closeTo(expires.diffNow('minutes').minutes, 15, 0.5)

    const taken = await claim(client, second, filed.id)
    taken.assertStatus(409)
    assert.containsSubset(firstError(taken.body()), {
      code: 'E_REPORT_UNAVAILABLE',
      message: 'Another admin is reviewing this report',
    })
    const decided = await resolve(client, second, filed.id, 'hide', claimed.version)
    decided.assertStatus(409)
    assert.equal(firstError(decided.body())?.code, 'E_REPORT_UNAVAILABLE')
    const dismissed = await dismiss(client, second, filed.id, claimed.version)
    dismissed.assertStatus(409)
    assert.equal(firstError(dismissed.body())?.code, 'E_REPORT_UNAVAILABLE')

    const again = await claim(client, first, filed.id)
    again.assertStatus(409)
    assert.equal(firstError(again.body())?.message, 'You already hold the claim on this report')

    assert.containsSubset(await current(client, first, filed.id), {
      status: 'claimed',
      claimedBy: first.user.id,
      version: claimed.version,
    })
    ;(await resolve(client, first, filed.id, 'none', claimed.version)).assertStatus(200)
  })

  test('an expired claim lets another admin claim and decide', async ({ client, assert }) => {
    const [first, second] = [await actor('admin'), await actor('admin')]
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      (await planFor(owner.user)).id
    )
    ;(await claim(client, first, filed.id)).assertStatus(200)
    await db
      .from('reports')
      .where('id', filed.id)
      .update({ claim_expires_at: sqlTime(DateTime.utc().minus({ minutes: 1 })) })

    const res = await claim(client, second, filed.id)
    res.assertStatus(200)
    const taken = res.body().data as ReportBody
    assert.containsSubset(taken, { status: 'claimed', claimedBy: second.user.id })

    // The first admin lost the claim.
    const late = await resolve(client, first, filed.id, 'hide', taken.version)
    late.assertStatus(409)
    assert.equal(firstError(late.body())?.code, 'E_REPORT_UNAVAILABLE')
    ;(await resolve(client, second, filed.id, 'none', taken.version)).assertStatus(200)
  })

  test('an expired claim also lets another admin decide without claiming', async ({
    client,
    assert,
  }) => {
    const [first, second] = [await actor('admin'), await actor('admin')]
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      (await planFor(owner.user)).id
    )
    const claimed = (await claim(client, first, filed.id)).body().data as ReportBody
    await db
      .from('reports')
      .where('id', filed.id)
      .update({ claim_expires_at: sqlTime(DateTime.utc().minus({ seconds: 5 })) })
    const res = await dismiss(client, second, filed.id, claimed.version)
    res.assertStatus(200)
    assert.equal(res.body().data.status, 'dismissed')
  })

  test('a closed report cannot be claimed (409) and an unknown one is a 404', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      (await planFor(owner.user)).id
    )
    ;(await dismiss(client, admin, filed.id, filed.version)).assertStatus(200)
    const res = await claim(client, admin, filed.id)
    res.assertStatus(409)
    assert.containsSubset(firstError(res.body()), {
      code: 'E_REPORT_UNAVAILABLE',
      message: 'This report is already dismissed',
    })
    ;(await claim(client, admin, 2_000_000_000)).assertStatus(404)
  })
})

/**
 * Real races: outside the global transaction (which would serialise the
 * requests on one connection); what was committed is removed afterwards.
 */
test.group('moderation / two admins at once', (group) => {
  const users: number[] = []
  const plans: number[] = []
  group.each.teardown(async () => {
    await db
      .from('reports')
      .where('target_type', 'plan')
      .whereIn('target_id', plans.splice(0))
      .delete()
    await db.from('audit_logs').whereIn('actor_id', users).delete()
    await User.query().whereIn('id', users.splice(0)).delete()
  })
  const people = async () => {
    const made = {
      admins: [await actor('admin'), await actor('admin')],
      owner: await actor('influencer'),
      reporter: await actor('shopper'),
    }
    users.push(...made.admins.map((a) => a.user.id), made.owner.user.id, made.reporter.user.id)
    return made
  }

  test('two admins claiming the same report: one 200, one 409', async ({ client, assert }) => {
    const { admins, owner, reporter } = await people()
    for (let round = 0; round < 5; round++) {
      const plan = await planFor(owner.user)
      plans.push(plan.id)
      const filed = await report(client, reporter, 'plan', plan.id)

      const responses = await Promise.all(admins.map((admin) => claim(client, admin, filed.id)))
      const statuses = responses.map((res) => res.status())
      assert.sameMembers(statuses, [200, 409], `round ${round}: ${statuses.join(', ')}`)
      const winner = admins[statuses.indexOf(200)]
      const loser = responses[statuses.indexOf(409)]
      assert.containsSubset(firstError(loser.body()), {
        code: 'E_REPORT_UNAVAILABLE',
        message: 'Another admin is reviewing this report',
      })

      const row = await db.from('reports').where('id', filed.id).firstOrFail()
      assert.equal(row.claimed_by, winner.user.id)
      assert.equal(row.version, filed.version + 1)
      assert.lengthOf(
        await db
          .from('audit_logs')
          .where({ action: 'moderation.claim', target_id: String(filed.id) }),
        1
      )
    }
  }).timeout(30_000)

  test('two admins resolving the same report at the same version: one 200, one 409', async ({
    client,
    assert,
  }) => {
    const { admins, owner, reporter } = await people()
    for (let round = 0; round < 5; round++) {
      const plan = await planFor(owner.user)
      plans.push(plan.id)
      const filed = await report(client, reporter, 'plan', plan.id)

      const responses = await Promise.all([
        resolve(client, admins[0], filed.id, 'warn', filed.version),
        dismiss(client, admins[1], filed.id, filed.version),
      ])
      const statuses = responses.map((res) => res.status())
      assert.sameMembers(statuses, [200, 409], `round ${round}: ${statuses.join(', ')}`)
      const loser = responses[statuses.indexOf(409)]
      assert.equal(firstError(loser.body())?.code, 'E_REPORT_CLOSED')
      const row = await db.from('reports').where('id', filed.id).firstOrFail()
      assert.equal(row.status, statuses[0] === 200 ? 'resolved' : 'dismissed')
      assert.equal(row.version, filed.version + 1)
      const warnings = await db.from('user_warnings').where('report_id', filed.id)
      assert.lengthOf(warnings, statuses[0] === 200 ? 1 : 0)
    }
  }).timeout(30_000)
})
