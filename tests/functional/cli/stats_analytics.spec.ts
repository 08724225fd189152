import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import { bar } from '#cli/ui/charts'
import { actor } from '#tests/support/auth'
import { insertFixture, PERIOD } from '#tests/support/behaviour'
import { as } from '#tests/functional/cli/support'
import { categoryUnder, productFor, startSession, swipe } from '#tests/support/gifting'
import { isolate } from '#tests/support/hooks'

const period = ['--from', PERIOD.from, '--to', PERIOD.to]

const clearCache = async (client: ApiClient, token: string) =>
  (await client.post('/api/v1/admin/cache/clear').bearerToken(token).json({})).assertStatus(200)

/**
 * Today's swipes: shopper one likes the novel (2,000, Books, fiction, the brand's) and dislikes
 * the socks (500, wool, the brand's), then super-likes the poems (4,000, Books, fiction and
 * poetry) in a second session; shopper two likes the socks.
 */
async function swipeFixture(client: ApiClient) {
  const [one, two] = [await actor('shopper'), await actor('shopper')]
  const brand = await actor('sponsor', { fullName: 'Northwind' })
  const books = await categoryUnder(null, 'Books')
  const novel = await productFor({
    categoryId: books.id,
    tags: ['fiction'],
    price: 2_000,
    brandId: brand.user.id,
  })
  const poems = await productFor({
    categoryId: books.id,
    tags: ['fiction', 'poetry'],
    price: 4_000,
  })
  const socks = await productFor({ tags: ['wool'], price: 500, brandId: brand.user.id })
  const first = await startSession(client, one.token)
  await swipe(client, one.token, first, novel.id, 'like')
  await swipe(client, one.token, first, socks.id, 'dislike')
  await swipe(client, one.token, await startSession(client, one.token), poems.id, 'superlike')
  await swipe(client, two.token, await startSession(client, two.token), socks.id, 'like')
}

test.group('cli / stats behaviour and stats gifting', (group) => {
  isolate(group)

  test('stats behaviour --json answers the figures of the period', async ({ client, assert }) => {
    const { token } = await actor('admin')
    await insertFixture()
    await clearCache(client, token)
    const out = await as(token, ['stats', 'behaviour', ...period, '--json'])
    assert.equal(out.code, 0, out.stderr)
    const result = out.json()
    assert.containsSubset(result, { ...PERIOD })
    assert.isString(result.computedAt)
    assert.deepEqual(result.active.current, { day: '2033-03-20', dau: 1, wau: 3, mau: 5 })
    assert.lengthOf(result.active.series, 14)
    assert.deepEqual(result.funnel.total, {
      signedUp: 5,
      firstPlan: 3,
      firstLike: 1,
      planRate: 60,
      likeRate: 33.3,
      overallRate: 20,
    })
    assert.deepEqual(
      result.retention.map((c: { size: number; weeks: { percent: number }[] }) => [
        c.size,
        c.weeks.map((w) => w.percent),
      ]),
      [
        [3, [66.7, 66.7]],
        [2, [50]],
      ]
    )

    const top = await as(token, [
      'stats',
      'behaviour',
      ...period,
      '--top',
      '2',
      '--bucket',
      'month',
      '--jq',
      '[.funnel.bucket, (.funnel.cohorts | length), (.features | map(.feature))]',
    ])
    assert.equal(top.code, 0, top.stderr)
    assert.deepEqual(top.json(), ['month', 1, ['plan_browsing', 'plan_creation']])
  })

  test('stats behaviour piped prints plain fields; on a terminal it draws the screen', async ({
    client,
    assert,
  }) => {
    const { token } = await actor('admin')
    await insertFixture()
    await clearCache(client, token)
    const piped = await as(token, ['stats', 'behaviour', ...period])
    assert.equal(piped.code, 0, piped.stderr)
    assert.match(piped.stdout, /^period +2033-03-07 to 2033-03-20\n/)
    for (const line of [
      /^dau +1$/m,
      /^wau +3$/m,
      /^mau +5$/m,
      /^signed up +5$/m,
      /^first plan +3 \(60%\)$/m,
      /^first like +1 \(20%\)$/m,
      /^cohort 2033-03-07 +3 signed up; active 66\.7% 66\.7%$/m,
      /^cohort 2033-03-14 +2 signed up; active 50%$/m,
      /^features +plan_browsing 4, plan_creation 3, likes 2, shop 2, profiles 1, search 1$/m,
    ])
      assert.match(piped.stdout, line)
    assert.notInclude(piped.stdout, 'Member behaviour')

    const drawn = await as(token, ['stats', 'behaviour', ...period], {
      tty: true,
      env: { NO_COLOR: '1' },
    })
    assert.equal(drawn.code, 0, drawn.stderr)
    assert.include(drawn.stdout, 'Member behaviour 2033-03-07 → 2033-03-20')
    assert.include(drawn.stdout, 'DAU 1   WAU 3   MAU 5   on 2033-03-20')
    assert.include(drawn.stdout, `signed up      ${bar(5, 5, 30)} 5`)
    assert.include(drawn.stdout, `first plan     ${bar(3, 5, 30)} 3  60%`)
    assert.include(drawn.stdout, `first like     ${bar(1, 5, 30)} 1  20%`)
    assert.include(drawn.stdout, '2033-03-07 3      66.7%  66.7%')
    assert.include(drawn.stdout, '2033-03-14 2      50%')
    assert.include(drawn.stdout, `plan_browsing  ${bar(4, 4, 30)} 4  2 members`)
    assert.include(drawn.stdout, `search         ${bar(1, 4, 30)} 1  1 members`)
  })

  test('stats gifting reads every shopper’s swipes of the period', async ({ client, assert }) => {
    const { token } = await actor('admin')
    await swipeFixture(client)
    await clearCache(client, token)
    const today = DateTime.utc().toISODate()!

    const json = await as(token, ['stats', 'gifting', '--from', today, '--to', today, '--json'])
    assert.equal(json.code, 0, json.stderr)
    assert.containsSubset(json.json(), {
      from: today,
      to: today,
      shoppers: 2,
      sessions: 3,
      swipes: { total: 4, likes: 2, superlikes: 1, dislikes: 1 },
      likeRate: 0.75,
      priceBand: { min: 500, median: 2_000, max: 4_000 },
      tags: {
        liked: [
          { tag: 'fiction', count: 2 },
          { tag: 'poetry', count: 1 },
          { tag: 'wool', count: 1 },
        ],
      },
    })
    assert.deepEqual(
      json.json().brands.map((b: { name: string; liked: number }) => [b.name, b.liked]),
      [['Northwind', 2]]
    )

    const piped = await as(token, ['stats', 'gifting'])
    assert.equal(piped.code, 0, piped.stderr)
    for (const line of [
      /^shoppers +2$/m,
      /^swipes +4$/m,
      /^like rate +75%$/m,
      /^categories +Books 2$/m,
      /^brands +Northwind 2$/m,
      /^tags +fiction 2, poetry 1, wool 1$/m,
      /^price band +500 … 2000 … 4000$/m,
    ])
      assert.match(piped.stdout, line)

    const drawn = await as(token, ['stats', 'gifting'], { tty: true, env: { NO_COLOR: '1' } })
    assert.equal(drawn.code, 0, drawn.stderr)
    assert.include(drawn.stdout, 'shoppers 2   sessions 3   swipes 4   like rate 75%')
    assert.include(drawn.stdout, `Books          ${bar(2, 2, 30)} 2`)
    assert.include(drawn.stdout, `fiction        ${bar(2, 2, 30)} 2`)

    const yesterday = DateTime.utc().minus({ days: 1 }).toISODate()!
    const quiet = await as(token, [
      'stats',
      'gifting',
      '--from',
      yesterday,
      '--to',
      yesterday,
      '--json',
      'shoppers,likeRate',
    ])
    assert.deepEqual(quiet.json(), { shoppers: 0, likeRate: null })
  })

  test('wrong usage exits 2 before any request; server refusals exit 1 with their code', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    for (const args of [
      ['stats', 'behaviour', '--from', '2033-03-20', '--to', '2033-03-07'],
      ['stats', 'behaviour', '--from', '2033-02-30'],
      ['stats', 'behaviour', '--bucket', 'year'],
      ['stats', 'behaviour', '--top', '0'],
      ['stats', 'gifting', '--from', '2033-03-20', '--to', '2033-03-07'],
      ['stats', 'gifting', '--bucket', 'week'],
      ['stats', 'nonsense'],
    ]) {
      const out = await as(token, args)
      assert.equal(out.code, 2, `${args.join(' ')}: ${out.stderr}`)
    }
    const tooMany = await as(token, ['stats', 'behaviour', '--top', '51'])
    assert.equal(tooMany.code, 1)
    assert.match(tooMany.stderr, /^error: the server refused the input:\n {2}limit: /)
    const tooLong = await as(token, [
      'stats',
      'gifting',
      '--from',
      '2031-01-01',
      '--to',
      '2033-01-01',
    ])
    assert.equal(tooLong.code, 1)
    assert.match(
      tooLong.stderr,
      /^error: the server refused the input:\n {2}from: A range covers at most 366 days/
    )

    const shopper = await actor('shopper')
    for (const view of ['behaviour', 'gifting']) {
      const refused = await as(shopper.token, ['stats', view, '--json'])
      assert.equal(refused.code, 1)
      assert.match(refused.stderr.trim(), /^error: E_FORBIDDEN/)
    }
  })
})
