import { statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Scheduler from '#platform/scheduler/scheduler'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { contentOf, report } from '#tests/support/moderation'
import { PassThrough } from 'node:stream'
import { stripVTControlCharacters } from 'node:util'
import type { Command } from 'commander'
import { program } from '#cli/main'
import { as, cli, configHome, SERVER } from '#tests/functional/cli/support'

test.group('cli / auth and config', (group) => {
  isolate(group)

  test('login with --password-stdin stores a 600 config; whoami and logout use it', async ({
    assert,
  }) => {
    const { user } = await actor('admin', { password: 'secret-password-1' })
    const home = configHome()
    const login = await cli(
      ['login', '--server', SERVER, '--email', user.email, '--password-stdin', '--json'],
      { home, stdin: 'secret-password-1\n' }
    )
    assert.equal(login.code, 0, login.stderr)
    assert.equal(login.json().user.email, user.email)
    const file = join(home, 'marquee', 'config.json')
    assert.equal(statSync(file).mode & 0o777, 0o600)

    const me = await cli(['whoami', '--json'], { home })
    assert.equal(me.code, 0, me.stderr)
    assert.containsSubset(me.json(), {
      profile: 'default',
      server: SERVER,
      user: { id: user.id, role: 'admin' },
    })

    const out = await cli(['logout', '--json'], { home })
    assert.deepEqual(out.json(), { profile: 'default', revoked: true })
    const after = await cli(['whoami'], { home })
    assert.equal(after.code, 4)
    assert.include(after.stderr, 'not logged in')
  })

  test('an expired access token is refreshed transparently', async ({ assert }) => {
    const { user } = await actor('admin', { password: 'secret-password-1' })
    const home = configHome()
    await cli(['login', '--server', SERVER, '--email', user.email, '--password-stdin'], {
      home,
      stdin: 'secret-password-1',
    })
    const file = join(home, 'marquee', 'config.json')
    const { readFileSync, writeFileSync } = await import('node:fs')
    const config = JSON.parse(readFileSync(file, 'utf8'))
    const oldRefresh = config.profiles.default.refreshToken
    config.profiles.default.accessToken = 'oat_expired.token'
    writeFileSync(file, JSON.stringify(config))
    const me = await cli(['whoami', '--json'], { home })
    assert.equal(me.code, 0, me.stderr)
    assert.equal(me.json().user.id, user.id)
    assert.notEqual(
      JSON.parse(readFileSync(file, 'utf8')).profiles.default.refreshToken,
      oldRefresh
    )
  })

  test('profiles keep one login each; the token comes from --token, then MARQUEE_TOKEN, then the profile', async ({
    assert,
  }) => {
    const first = await actor('admin', { password: 'secret-password-1' })
    const second = await actor('admin', { password: 'secret-password-2' })
    const [viaEnv, viaFlag] = [await actor('admin'), await actor('admin')]
    const home = configHome()
    await cli(['login', '--server', SERVER, '--email', first.user.email, '--password-stdin'], {
      home,
      stdin: 'secret-password-1',
    })
    const login = await cli(
      [
        '--profile',
        'ops',
        'login',
        '--server',
        SERVER,
        '--email',
        second.user.email,
        '--password-stdin',
      ],
      { home, stdin: 'secret-password-2' }
    )
    assert.equal(login.code, 0, login.stderr)
    const whoIs = async (args: string[], env: Record<string, string> = {}) =>
      (await cli([...args, 'whoami', '--json'], { home, env })).json()

    assert.containsSubset(await whoIs([]), { profile: 'default', user: { id: first.user.id } })
    assert.containsSubset(await whoIs(['--profile', 'ops']), {
      profile: 'ops',
      user: { id: second.user.id },
    })
    assert.containsSubset(await whoIs([], { MARQUEE_PROFILE: 'ops' }), {
      profile: 'ops',
      user: { id: second.user.id },
    })
    assert.equal((await whoIs([], { MARQUEE_TOKEN: viaEnv.token })).user.id, viaEnv.user.id)
    assert.equal(
      (await whoIs(['--token', viaFlag.token], { MARQUEE_TOKEN: viaEnv.token })).user.id,
      viaFlag.user.id
    )

    // logout revokes the profile's stored login, not the token MARQUEE_TOKEN names.
    const out = await cli(['logout', '--profile', 'ops', '--json'], {
      home,
      env: { MARQUEE_TOKEN: viaEnv.token },
    })
    assert.deepEqual(out.json(), { profile: 'ops', revoked: true })
    assert.equal((await cli(['whoami', '--profile', 'ops'], { home })).code, 4)
    assert.equal((await whoIs([], { MARQUEE_TOKEN: viaEnv.token })).user.id, viaEnv.user.id)
    assert.equal((await whoIs([])).user.id, first.user.id)
  })

  test('on a terminal, login asks for the e-mail and a hidden password', async ({ assert }) => {
    const { user } = await actor('admin', { password: 'secret-password-1' })
    const home = configHome()
    const login = await cli(['login', '--server', SERVER, '--json'], {
      home,
      tty: true,
      answers: [
        ['Email: ', `${user.email}\r`],
        // A typo corrected with backspace, as a person would.
        ['Password: ', 'secret-password-1x\u007F\r'],
      ],
    })
    assert.equal(login.code, 0, login.stderr)
    assert.equal(login.json().user.id, user.id)
    assert.notInclude(login.stderr, 'secret-password')
    assert.equal((await cli(['whoami', '--json'], { home })).json().user.id, user.id)
    // Off a terminal there is nobody to ask.
    assert.equal((await cli(['login', '--server', SERVER], { home: configHome() })).code, 2)
  })

  test('a terminal gets tables and colours, NO_COLOR turns colours off; pipes get plain tab-separated rows', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    const args = ['users', 'list', '--role', 'shopper', '--limit', '100']
    const coloured = await as(token, args, { tty: true })
    assert.equal(coloured.code, 0, coloured.stderr)
    assert.include(coloured.stdout, '\u001B[1mID')
    assert.match(coloured.stdout, new RegExp(`\\n${user.id} +${user.email}`))
    const plain = await as(token, args, { tty: true, env: { NO_COLOR: '1' } })
    assert.notInclude(plain.stdout, '\u001B[')
    assert.match(plain.stdout, /^ID +EMAIL +NAME/)
    const piped = await as(token, args)
    assert.notInclude(piped.stdout, '\u001B[')
    const row = piped.stdout.split('\n').find((line) => line.startsWith(`${user.id}\t`))
    assert.deepEqual(row?.split('\t').slice(0, 7), [
      String(user.id),
      user.email,
      user.fullName,
      'shopper',
      user.status,
      '-',
      '-',
    ])
  })

  test('destructive commands ask on a terminal: no leaves the user alone (not a failure), yes rejects', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const pending = await actor('pendingSponsor')
    const args = ['approvals', 'reject', String(pending.user.id), '--reason', 'incomplete']
    const declined = await as(token, args, { tty: true, answers: [['[y/N] ', 'n\r']] })
    assert.equal(declined.code, 0)
    assert.include(declined.stderr, 'nothing changed')
    assert.notInclude(declined.stderr, 'error')
    assert.equal((await User.findOrFail(pending.user.id)).status, 'pending')
    const accepted = await as(token, [...args, '--json'], {
      tty: true,
      answers: [['[y/N] ', 'y\r']],
    })
    assert.equal(accepted.code, 0, accepted.stderr)
    assert.equal(accepted.json().status, 'rejected')
  })

  test('every command has a description and at least one example in its help', async ({
    assert,
  }) => {
    const io = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: {},
    }
    const commands: { path: string[]; description: string }[] = []
    const walk = (command: Command, path: string[]) => {
      for (const child of command.commands) {
        commands.push({ path: [...path, child.name()], description: child.description() })
        walk(child, [...path, child.name()])
      }
    }
    walk(program(io), [])
    assert.includeMembers(
      commands.map((c) => c.path.join(' ')),
      [
        'approvals reject',
        'users unflag',
        'moderation dismiss',
        'rules remove',
        'cache invalidate',
        'batch history',
        'tasks retry',
        'seed',
        'stats',
        'mail test',
        'login',
        'logout',
        'whoami',
      ]
    )
    for (const { path, description } of commands) {
      const help = await cli([...path, '--help'])
      assert.equal(help.code, 0, path.join(' '))
      assert.isAbove(description.length, 10, `${path.join(' ')} has no description`)
      assert.include(help.stdout.replace(/\s+/g, ' '), description.replace(/\s+/g, ' '))
      assert.match(
        help.stdout,
        new RegExp(`Examples:\\n  \\$ marquee ${path[0]}`),
        `${path.join(' ')} has no example`
      )
    }
  })

  test('server errors are one line with the code; network errors name the server; usage errors exit 2', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const missing = await as(token, ['users', 'show', '999999', '--json'])
    assert.equal(missing.code, 1)
    assert.match(missing.stderr.trim(), /^error: E_NOT_FOUND/)
    const down = await cli(['whoami', '--server', 'http://127.0.0.1:9', '--token', 'x'])
    assert.equal(down.code, 1)
    assert.include(down.stderr, 'http://127.0.0.1:9')
    assert.equal((await cli(['users', 'list', '--role', 'wizard'])).code, 2)
    assert.equal((await cli(['nope'])).code, 2)
  })
})

test.group('cli / commands --json against the server', (group) => {
  isolate(group)

  test('approvals list, approve (dry-run first), reject needs --yes off a terminal', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const pending = await actor('pendingSponsor')
    const other = await actor('pendingSponsor')
    const list = await as(token, ['approvals', 'list', '--json'])
    assert.equal(list.code, 0, list.stderr)
    assert.includeMembers(
      list.json().data.map((u: { id: number }) => u.id),
      [pending.user.id, other.user.id]
    )

    const dry = await as(token, [
      'approvals',
      'approve',
      String(pending.user.id),
      '--dry-run',
      '--json',
    ])
    assert.containsSubset(dry.json(), { dryRun: true, method: 'POST' })
    assert.equal((await User.findOrFail(pending.user.id)).status, 'pending')

    const approved = await as(token, ['approvals', 'approve', String(pending.user.id), '--json'])
    assert.equal(approved.json().status, 'active')
    const refused = await as(token, [
      'approvals',
      'reject',
      String(other.user.id),
      '--reason',
      'incomplete',
    ])
    assert.equal(refused.code, 2)
    const rejected = await as(token, [
      'approvals',
      'reject',
      String(other.user.id),
      '--reason',
      'incomplete',
      '--yes',
      '--json',
    ])
    assert.equal(rejected.json().status, 'rejected')
  })

  test('users list, show, block, unblock, flag, unflag', async ({ assert }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    const id = String(user.id)
    assert.include(
      (await as(token, ['users', 'list', '--role', 'shopper', '--limit', '100', '--json']))
        .json()
        .data.map((u: { id: number }) => u.id),
      user.id
    )
    assert.equal((await as(token, ['users', 'show', id, '--json'])).json().email, user.email)
    assert.isTrue(
      (
        await as(token, ['users', 'block', id, '--reason', 'spam account', '--yes', '--json'])
      ).json().blocked
    )
    assert.isFalse((await as(token, ['users', 'unblock', id, '--json'])).json().blocked)
    assert.isTrue(
      (await as(token, ['users', 'flag', id, '--reason', 'watch this', '--json'])).json().flagged
    )
    assert.isFalse((await as(token, ['users', 'unflag', id, '--json'])).json().flagged)
  })

  test('moderation queue, show, claim, resolve, dismiss', async ({ client, assert }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const first = await report(client, reporter, 'comment', await contentOf('comment', owner.user))
    const second = await report(client, reporter, 'plan', await contentOf('plan', owner.user))
    const queue = await as(admin.token, ['moderation', 'queue', '--json'])
    assert.includeMembers(
      queue.json().data.map((r: { id: number }) => r.id),
      [first.id, second.id]
    )
    assert.equal(
      (await as(admin.token, ['moderation', 'show', String(first.id), '--json'])).json().report
        .status,
      'open'
    )
    assert.equal(
      (await as(admin.token, ['moderation', 'claim', String(first.id), '--json'])).json().status,
      'claimed'
    )
    assert.containsSubset(
      (
        await as(admin.token, [
          'moderation',
          'resolve',
          String(first.id),
          '--action',
          'hide',
          '--json',
        ])
      ).json(),
      { status: 'resolved', action: 'hide' }
    )
    assert.equal(
      (await as(admin.token, ['moderation', 'dismiss', String(second.id), '--json'])).json().status,
      'dismissed'
    )
  })

  test('rules list, add, disable, remove', async ({ assert }) => {
    const { token } = await actor('admin')
    const added = await as(token, [
      'rules',
      'add',
      '--name',
      'No casinos',
      '--kind',
      'keyword',
      '--keywords',
      'casino,jackpot',
      '--action',
      'hide',
      '--json',
    ])
    assert.equal(added.code, 0, added.stderr)
    const rule = added.json()
    assert.deepEqual(rule.keywords, ['casino', 'jackpot'])
    assert.include(
      (await as(token, ['rules', 'list', '--json'])).json().data.map((r: { id: number }) => r.id),
      rule.id
    )
    assert.isFalse(
      (await as(token, ['rules', 'disable', String(rule.id), '--json'])).json().enabled
    )
    assert.deepEqual(
      (await as(token, ['rules', 'remove', String(rule.id), '--yes', '--json'])).json(),
      { id: rule.id, removed: true }
    )
  })

  test('cache stats, warm, clear, invalidate', async ({ assert }) => {
    const { token, user } = await actor('admin')
    assert.properties((await as(token, ['cache', 'stats', '--json'])).json(), [
      'scope',
      'families',
      'totals',
    ])
    assert.include(
      (await as(token, ['cache', 'warm', '--only', 'dashboard', '--json'])).json().warmed,
      'dashboard'
    )
    assert.deepEqual(
      (await as(token, ['cache', 'clear', '--tags', 'users', '--yes', '--json'])).json(),
      { cleared: ['users'] }
    )
    assert.equal((await as(token, ['cache', 'clear', '--json'])).code, 2)
    assert.deepEqual((await as(token, ['cache', 'clear', '--yes', '--json'])).json(), {
      cleared: 'all',
    })
    assert.equal(
      (await as(token, ['cache', 'invalidate', String(user.id), '--json'])).json().userId,
      user.id
    )
  })

  test('batch list, status, run, pause, resume, history; tasks list, show, watch', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    assert.include(
      (await as(token, ['batch', 'list', '--json']))
        .json()
        .data.map((t: { name: string }) => t.name),
      'cleanup'
    )
    assert.equal(
      (await as(token, ['batch', 'status', 'cleanup', '--json'])).json().command,
      'cleanup:run'
    )
    const { taskId } = (await as(token, ['batch', 'run', 'cleanup', '--json'])).json()
    const watched = await as(token, ['tasks', 'watch', taskId, '--interval', '50', '--json'])
    assert.equal(watched.code, 0, watched.stderr)
    assert.equal(watched.json().state, 'completed')
    assert.equal((await as(token, ['tasks', 'show', taskId, '--json'])).json().id, taskId)
    assert.isArray((await as(token, ['tasks', 'list', '--json'])).json().data)
    assert.include(
      (await as(token, ['batch', 'history', '--task', 'cleanup', '--json']))
        .json()
        .data.map((r: { taskId: string }) => r.taskId),
      taskId
    )
    assert.isTrue(
      (await as(token, ['batch', 'pause', 'cache-maintenance', '--json'])).json().paused
    )
    assert.isFalse(
      (await as(token, ['batch', 'resume', 'cache-maintenance', '--json'])).json().paused
    )
  })

  test('batch list shows overdue per task and the scheduler heartbeat', async ({ assert }) => {
    const { token } = await actor('admin')
    await db.from('scheduler_heartbeats').delete()
    await db.from('batch_runs').where('task', 'cleanup').delete()

    const listed = await as(token, ['batch', 'list', '--json'])
    assert.equal(listed.code, 0, listed.stderr)
    assert.deepEqual(listed.json().meta.scheduler, { lastSeenAt: null, seenLately: false })
    const cleanup = listed.json().data.find((t: { name: string }) => t.name === 'cleanup')
    // cleanup is due daily at 03:30: unless this runs within two minutes of that, its due time passed unrun.
    const overdue = Date.now() - Date.parse(cleanup.lastDueAt) > 120_000
    assert.equal(cleanup.overdue, overdue)

    const piped = await as(token, ['batch', 'list'])
    const row = piped.stdout.split('\n').find((line) => line.startsWith('cleanup\t'))
    assert.equal(row?.split('\t')[3], overdue ? 'yes' : 'no')
    assert.include(piped.stderr, 'scheduler: never seen')

    const terminal = await as(token, ['batch', 'list'], { tty: true, columns: 200 })
    assert.match(stripVTControlCharacters(terminal.stdout), /^NAME +CRON +PAUSED +OVERDUE/)

    await (await app.container.make(Scheduler)).tick('work', { only: ['engagement-metrics'] })
    const seen = await as(token, ['batch', 'list'])
    assert.match(seen.stderr, /scheduler: seen lately \(last tick \d{4}-/)
    // The first tick ever recorded is now: a due time before it is not overdue (nothing was there to run it).
    const status = await as(token, ['batch', 'status', 'cleanup'])
    assert.match(status.stdout, /overdue +no/)
    assert.isTrue(
      (await as(token, ['batch', 'list', '--jq', '.meta.scheduler.seenLately'])).stdout.startsWith(
        'true'
      )
    )
  })

  test('health shows readiness, the scheduler, overdue tasks, feed, moderation and queues', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    await db.from('scheduler_heartbeats').delete()
    const json = await as(token, ['health', '--json'])
    assert.equal(json.code, 0, json.stderr)
    assert.properties(json.json(), ['ready', 'checks', 'batch', 'feed', 'moderation', 'queues'])
    assert.deepEqual(
      json
        .json()
        .queues.map((q: { name: string }) => q.name)
        .sort(),
      ['default', 'mail']
    )
    const text = await as(token, ['health'])
    assert.equal(text.code, 0, text.stderr)
    assert.match(text.stdout, /^ready +yes/m)
    assert.match(text.stdout, /^scheduler +not seen lately \(last tick never\)/m)
    assert.match(text.stdout, /^overdue tasks +\d+/m)
    assert.match(text.stdout, /^feed cache +redis, /m)
    assert.match(text.stdout, /^moderation +\d+ to handle \(\d+ open, \d+ claimed\), oldest open /m)
    assert.match(text.stdout, /^mail\t\d+\t\d+\t\d+\t/m)
    assert.match(text.stdout, /^cleanup\t(yes|no)\t/m)
    assert.equal(
      (await as(token, ['health', '--jq', '.batch.scheduler.seenLately'])).stdout,
      'false\n'
    )
  })

  test('stats, mail test and seed (dry-run)', async ({ assert }) => {
    const { token } = await actor('admin')
    const stats = await as(token, ['stats', '--json'])
    assert.equal(stats.code, 0, stats.stderr)
    assert.properties(stats.json(), ['stats', 'charts', 'computedAt'])
    assert.lengthOf(stats.json().charts.userGrowth, 30)
    assert.match(
      (await as(token, ['mail', 'test', '--to', 'ops@example.test', '--json'])).json().taskId,
      /^mail:/
    )
    assert.containsSubset(
      (await as(token, ['seed', '--profile', 'demo', '--dry-run', '--json'])).json(),
      { dryRun: true, body: { profile: 'demo' } }
    )
  })

  test('seed runs the profile as a task that tasks watch follows to completion', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    assert.equal((await as(token, ['seed', '--profile', 'demo'])).code, 2)
    const seeded = await as(token, ['seed', '--profile', 'demo', '--yes', '--json'])
    assert.equal(seeded.code, 0, seeded.stderr)
    const watched = await as(token, ['tasks', 'watch', seeded.json().taskId, '--json'])
    assert.equal(watched.code, 0, watched.stderr)
    assert.containsSubset(watched.json(), {
      name: 'seed',
      state: 'completed',
      progress: 100,
      result: { profile: 'demo' },
    })
    assert.isNotNull(await User.findBy('email', 'admin@marquee.local'))
  }).timeout(30_000)
})
