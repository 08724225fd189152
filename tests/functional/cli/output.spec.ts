import { randomBytes } from 'node:crypto'
import { stripVTControlCharacters } from 'node:util'
import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { as, cli, configHome, SERVER } from '#tests/functional/cli/support'

/** Shoppers whose names carry a marker, so a search finds exactly them. */
async function shoppers(count: number) {
  const marker = `m${randomBytes(5).toString('hex')}`
  const made = []
  for (let i = 0; i < count; i++)
    made.push((await actor('shopper', { fullName: `Shopper ${marker} ${i}` })).user)
  return { marker, made }
}

test.group('cli / gh-style output', (group) => {
  isolate(group)

  test('--json with a field list keeps only those fields, and lists carry their total', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { marker, made } = await shoppers(3)
    const listed = await as(token, ['users', 'list', '--q', marker, '--json', 'id,email'])
    assert.equal(listed.code, 0, listed.stderr)
    const body = listed.json()
    assert.deepEqual(body.meta, { total: 3, shown: 3 })
    for (const row of body.data) assert.deepEqual(Object.keys(row), ['id', 'email'])
    assert.sameMembers(
      body.data.map((u: { email: string }) => u.email),
      made.map((u) => u.email)
    )
    const one = await as(token, ['users', 'show', String(made[0].id), '--json', 'email,role'])
    assert.deepEqual(one.json(), { email: made[0].email, role: 'shopper' })
    const wrong = await as(token, ['users', 'list', '--q', marker, '--json', 'id,nope'])
    assert.equal(wrong.code, 2)
    assert.include(wrong.stderr, 'unknown JSON field "nope"; available: id, email')
  })

  test('--limit pages through the server and --all fetches everything; a terminal is told how many of how many', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { marker } = await shoppers(3)
    const two = await as(token, ['users', 'list', '--q', marker, '--limit', '2', '--json'])
    assert.deepEqual(two.json().meta, { total: 3, shown: 2 })
    assert.lengthOf(two.json().data, 2)
    const all = await as(token, ['users', 'list', '--q', marker, '--all', '--json'])
    assert.deepEqual(all.json().meta, { total: 3, shown: 3 })
    const onTerminal = await as(token, ['users', 'list', '--q', marker, '--limit', '1'], {
      tty: true,
    })
    assert.include(onTerminal.stderr, 'showing 1 of 3: --limit N or --all for more')
    assert.equal((await as(token, ['users', 'list', '--limit', '0'])).code, 2)
  })

  test('--limit and --all read as many pages of 100 as they need, without gaps or repeats', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const marker = `m${randomBytes(5).toString('hex')}`
    await UserFactory.merge({ fullName: `Shopper ${marker}` })
      .apply('shopper')
      .createMany(105)
    const some = (
      await as(token, ['users', 'list', '--q', marker, '--limit', '103', '--json', 'id'])
    ).json()
    assert.deepEqual(some.meta, { total: 105, shown: 103 })
    assert.equal(new Set(some.data.map((u: { id: number }) => u.id)).size, 103)
    const all = (await as(token, ['users', 'list', '--q', marker, '--all', '--json', 'id'])).json()
    assert.deepEqual(all.meta, { total: 105, shown: 105 })
    assert.equal(new Set(all.data.map((u: { id: number }) => u.id)).size, 105)
  }).timeout(30_000)

  test('--jq filters the JSON through jq; strings come out raw; a broken program is a usage error', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { marker, made } = await shoppers(2)
    const emails = await as(token, ['users', 'list', '--q', marker, '--jq', '.data[].email'])
    assert.equal(emails.code, 0, emails.stderr)
    assert.sameMembers(
      emails.stdout.trim().split('\n'),
      made.map((u) => u.email)
    )
    const total = await as(token, ['users', 'list', '--q', marker, '--jq', '.meta.total'])
    assert.equal(total.stdout, '2\n')
    const broken = await as(token, ['users', 'list', '--jq', '.data[] | nosuchfunction'])
    assert.equal(broken.code, 2)
    assert.include(broken.stderr, '--jq: jq: error: nosuchfunction/0 is not defined')
  })

  test('terminal tables have a header and fit the terminal width; piped output is plain rows', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const narrow = await as(token, ['batch', 'list'], { tty: true, columns: 70 })
    assert.equal(narrow.code, 0, narrow.stderr)
    const lines = stripVTControlCharacters(narrow.stdout).trimEnd().split('\n')
    assert.match(lines[0], /^NAME +CRON +PAUSED/)
    for (const line of lines) assert.isAtMost(line.length, 70, line)
    assert.include(narrow.stdout, '…')
    const piped = await as(token, ['batch', 'list'])
    assert.notMatch(piped.stdout, /NAME/)
    assert.isTrue(
      piped.stdout
        .trim()
        .split('\n')
        .every((line) => line.split('\t').length === 7)
    )
  })

  test('cache stats: the totals line is for a terminal; piped output is one row per family', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const piped = await as(token, ['cache', 'stats'])
    assert.equal(piped.code, 0, piped.stderr)
    assert.notInclude(piped.stdout, 'total:')
    assert.isTrue(
      piped.stdout
        .trim()
        .split('\n')
        .every((line) => line.split('\t').length === 6)
    )
    const onTerminal = await as(token, ['cache', 'stats'], { tty: true })
    assert.include(onTerminal.stdout, 'total:')
  })

  test('exit codes: 0 done, 1 failed, 2 usage, 4 log in first; the codes are in --help', async ({
    assert,
  }) => {
    const { token } = await actor('shopper')
    assert.equal((await cli(['users', 'list'], { home: configHome() })).code, 4)
    assert.equal((await as('oat_nonsense.token', ['users', 'list'])).code, 4)
    assert.equal((await as(token, ['users', 'list'])).code, 1)
    assert.equal((await as(token, ['users', 'list', '--role', 'wizard'])).code, 2)
    assert.include(
      (await cli(['--help'])).stdout,
      'Exit codes: 0 done, 1 failed, 2 wrong usage, 4 log in first, 130 interrupted.'
    )
  })
})

test.group('cli / input checked before calling, errors in words', (group) => {
  isolate(group)

  test('enums, days and patterns are checked before anything is sent (exit 2)', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const targets = await as(token, [
      'rules',
      'add',
      '--name',
      'Bad',
      '--kind',
      'keyword',
      '--keywords',
      'x',
      '--action',
      'hide',
      '--targets',
      'plan,0',
    ])
    assert.equal(targets.code, 2)
    assert.include(
      targets.stderr,
      'unknown 0; expected a comma-separated list of: plan, comment, custom_task, campaign, message, product, user'
    )
    const pattern = await as(token, [
      'rules',
      'add',
      '--name',
      'Bad regex',
      '--kind',
      'regex',
      '--pattern',
      '(unclosed',
      '--action',
      'hide',
    ])
    assert.equal(pattern.code, 2)
    assert.include(pattern.stderr, '--pattern is not a valid regular expression')
    const from = await as(token, ['stats', '--from', '2026-02-30'])
    assert.equal(from.code, 2)
    assert.include(from.stderr, 'expected a day as YYYY-MM-DD')
    const order = await as(token, ['stats', '--from', '2026-03-01', '--to', '2026-02-01'])
    assert.equal(order.code, 2)
    const warmers = await as(token, ['cache', 'warm', '--only', 'dashboard,nope'])
    assert.equal(warmers.code, 2)
    assert.include(
      warmers.stderr,
      'expected a comma-separated list of: dashboard, influencerDirectory, trending, popularProfiles, catalogue'
    )
    const since = await as(token, ['audit', 'list', '--since', 'last tuesday'])
    assert.equal(since.code, 2)
    const to = await as(token, ['mail', 'test', '--to', 'ops-at-example'])
    assert.equal(to.code, 2)
    assert.include(to.stderr, 'expected an e-mail address')
  })

  test("the server's field errors are printed one per line, in words", async ({ assert }) => {
    const { token } = await actor('admin')
    const refused = await as(token, [
      'rules',
      'add',
      '--name',
      'ab',
      '--kind',
      'keyword',
      '--keywords',
      'x',
      '--action',
      'hide',
    ])
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /^error: the server refused the input:\n {2}name: .+\n/)
    assert.match(refused.stderr, /keywords \(item 1\): .+/)
  })

  test('a 429 says how long to wait', async ({ assert }) => {
    const { user } = await actor('admin', { password: 'secret-password-1' })
    let last = { code: 0, stderr: '' }
    for (let attempt = 0; attempt < 15 && !last.stderr.includes('too many'); attempt++) {
      last = await cli(['login', '--server', SERVER, '--email', user.email, '--password-stdin'], {
        stdin: 'wrong-password',
      })
    }
    assert.equal(last.code, 1)
    assert.match(
      last.stderr,
      /^error: too many requests: the server asks to wait \d+ s before trying again\n$/
    )
  })

  test('help shows real ids and every cache warmer', async ({ assert }) => {
    for (const path of [['tasks'], ['tasks', 'watch'], ['tasks', 'show'], ['tasks', 'retry']]) {
      const help = (await cli([...path, '--help'])).stdout
      assert.notMatch(help, /default:\d+\b/, path.join(' '))
      assert.match(help, /default:[0-9a-f]{8}-[0-9a-f]{4}-/, path.join(' '))
    }
    const warm = (await cli(['cache', 'warm', '--help'])).stdout.replace(/\s+/g, ' ')
    for (const warmer of [
      'dashboard',
      'influencerDirectory',
      'trending',
      'popularProfiles',
      'catalogue',
    ])
      assert.include(warm, warmer)
    assert.include(
      warm,
      '--only <list> comma-separated warmers to run: dashboard, influencerDirectory, trending, popularProfiles, catalogue'
    )
  })
})
