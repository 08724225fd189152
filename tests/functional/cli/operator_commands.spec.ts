import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import Comment from '#models/comment'
import User from '#models/user'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { contentOf, isHidden, report } from '#tests/support/moderation'
import { as, cli, configFile, configHome, SERVER } from '#tests/functional/cli/support'

const PASSWORD = 'secret-password-1'

async function loginAs(home: string, email: string, profile?: string) {
  const login = await cli(
    [
      ...(profile ? ['--profile', profile] : []),
      'login',
      '--server',
      SERVER,
      '--email',
      email,
      '--password-stdin',
    ],
    { home, stdin: PASSWORD }
  )
  if (login.code !== 0) throw new Error(login.stderr)
}

test.group('cli / auth status and profiles', (group) => {
  isolate(group)

  test('auth status checks the login against its server: account, token source, expiry; exit 4 when logged out', async ({
    assert,
  }) => {
    const { user } = await actor('admin', { password: PASSWORD })
    const home = configHome()
    const out = await cli(['auth', 'status'], { home })
    assert.equal(out.code, 4)
    assert.include(out.stdout, 'Not logged in to no server (profile "default")')
    await loginAs(home, user.email)
    const status = await cli(['auth', 'status', '--json'], { home })
    assert.equal(status.code, 0, status.stderr)
    assert.containsSubset(status.json(), {
      profile: 'default',
      server: SERVER,
      tokenSource: 'profile',
      loggedIn: true,
      user: { id: user.id, role: 'admin' },
      error: null,
    })
    assert.isAbove(Date.parse(status.json().refreshTokenExpiresAt), Date.now())
    const text = await cli(['auth', 'status'], { home })
    assert.include(
      text.stdout,
      `Logged in to ${SERVER} as ${user.email} (admin), profile "default"`
    )
    assert.notInclude(
      text.stdout + text.stderr,
      configFile(home).read().profiles.default.accessToken
    )

    const viaEnv = await cli(['auth', 'status', '--json'], {
      home,
      env: { MARQUEE_TOKEN: 'oat_bogus.token' },
    })
    assert.equal(viaEnv.code, 4)
    assert.containsSubset(viaEnv.json(), { tokenSource: 'MARQUEE_TOKEN', loggedIn: false })
    const down = await cli(['auth', 'status', '--server', 'http://127.0.0.1:9', '--token', 'x'], {
      home,
    })
    assert.equal(down.code, 1)
    assert.include(down.stdout, 'cannot reach the server at http://127.0.0.1:9')
  })

  test('profiles list shows each profile, its server and account, the current one marked; never a token', async ({
    assert,
  }) => {
    const first = await actor('admin', { password: PASSWORD })
    const second = await actor('admin', { password: PASSWORD })
    const home = configHome()
    assert.equal(
      (await cli(['profiles', 'list'], { home })).stderr.trim(),
      `no profiles in ${configFile(home).path}: run "marquee login --server URL"`
    )
    await loginAs(home, first.user.email)
    await loginAs(home, second.user.email, 'prod')
    const listed = await cli(['--profile', 'prod', 'profiles', 'list', '--json'], { home })
    assert.equal(listed.code, 0, listed.stderr)
    assert.containsSubset(listed.json().data, [
      { name: 'default', current: false, server: SERVER, email: first.user.email, loggedIn: true },
      { name: 'prod', current: true, server: SERVER, email: second.user.email, loggedIn: true },
    ])
    const { profiles } = configFile(home).read()
    assert.notInclude(listed.stdout, profiles.prod.accessToken)
    await cli(['logout'], { home })
    const piped = await cli(['profiles', 'list'], { home })
    assert.deepEqual(piped.stdout.trim().split('\n')[0].split('\t').slice(0, 5), [
      '*',
      'default',
      SERVER,
      first.user.email,
      'no',
    ])
  })
})

test.group('cli / audit, moderation and users reads', (group) => {
  isolate(group)

  test('audit list filters by actor (id or e-mail), action, target and since', async ({
    assert,
  }) => {
    const admin = await actor('admin')
    const other = await actor('admin')
    const { user } = await actor('shopper')
    assert.equal(
      (await as(admin.token, ['users', 'flag', String(user.id), '--reason', 'watch this'])).code,
      0
    )
    assert.equal((await as(other.token, ['users', 'unflag', String(user.id)])).code, 0)
    const old = await AuditLog.create({
      actorId: admin.user.id,
      action: 'user.block',
      targetType: 'user',
      targetId: String(user.id),
      details: {},
      ip: null,
      requestId: null,
    })
    old.createdAt = DateTime.utc().minus({ days: 10 })
    await old.save()

    const byId = await as(admin.token, [
      'audit',
      'list',
      '--actor',
      String(admin.user.id),
      '--json',
      'action,targetId',
    ])
    assert.deepEqual(byId.json().data, [
      { action: 'user.flag', targetId: String(user.id) },
      { action: 'user.block', targetId: String(user.id) },
    ])
    const byEmail = await as(admin.token, [
      'audit',
      'list',
      '--actor',
      other.user.email,
      '--jq',
      '.data[].action',
    ])
    assert.equal(byEmail.stdout, 'user.unflag\n')
    const recent = await as(admin.token, [
      'audit',
      'list',
      '--target',
      `user:${user.id}`,
      '--since',
      '7d',
      '--jq',
      '[.data[].action] | join(",")',
    ])
    assert.equal(recent.stdout, 'user.unflag,user.flag\n')
    const byAction = await as(admin.token, [
      'audit',
      'list',
      '--action',
      'user.block',
      '--since',
      DateTime.utc().minus({ days: 11 }).toISODate()!,
      '--json',
    ])
    assert.deepEqual(
      byAction.json().data.map((e: { id: number }) => e.id),
      [old.id]
    )
    const table = await as(admin.token, ['audit', 'list', '--target', `user:${user.id}`], {
      tty: true,
    })
    assert.match(table.stdout, /TIME +ACTOR +ACTION +TARGET +DETAILS/)
    assert.equal(
      (await as(admin.token, ['audit', 'list', '--actor', 'nobody@example.test'])).code,
      2
    )
    assert.equal((await as(admin.token, ['audit', 'list', '--target', 'user:1:2'])).code, 2)
  })

  test('moderation show gives the reporter, the content excerpt, the other reports and the history', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const commentId = await contentOf('comment', owner.user)
    await Comment.query().where('id', commentId).update({ body: 'Cheap followers here' })
    const filed = await report(client, reporter, 'comment', commentId, 'spam', 'link farm')
    await report(client, await actor('shopper'), 'comment', commentId, 'abuse')
    assert.equal((await as(admin.token, ['moderation', 'claim', String(filed.id)])).code, 0)

    const shown = await as(admin.token, ['moderation', 'show', String(filed.id)])
    assert.equal(shown.code, 0, shown.stderr)
    assert.match(
      shown.stdout,
      new RegExp(
        `reporter +${reporter.user.email} \\(user ${reporter.user.id}, credibility \\d+\\)`
      )
    )
    assert.match(shown.stdout, /content +Cheap followers here/)
    assert.match(shown.stdout, new RegExp(`owner +${owner.user.email}`))
    assert.include(shown.stdout, 'Other reports on this comment (1)')
    assert.match(shown.stdout, new RegExp(`moderation.claim by ${admin.user.id}`))
    const excerpt = await as(admin.token, [
      'moderation',
      'show',
      String(filed.id),
      '--jq',
      '.target.excerpt',
    ])
    assert.equal(excerpt.stdout, 'Cheap followers here\n')
    assert.equal((await as(admin.token, ['moderation', 'show', '999999'])).code, 1)
  })

  test('moderation restore brings hidden content back; restoring visible content is a no-op that exits 0', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const planId = await contentOf('plan', owner.user)
    const filed = await report(client, reporter, 'plan', planId)
    assert.equal(
      (await as(admin.token, ['moderation', 'resolve', String(filed.id), '--action', 'hide'])).code,
      0
    )
    assert.isTrue(await isHidden('plan', planId))
    const dry = await as(admin.token, [
      'moderation',
      'restore',
      'plan',
      String(planId),
      '--dry-run',
      '--json',
    ])
    assert.containsSubset(dry.json(), { dryRun: true, method: 'POST' })
    assert.isTrue(await isHidden('plan', planId))
    const restored = await as(admin.token, ['moderation', 'restore', 'plan', String(planId)])
    assert.equal(restored.code, 0, restored.stderr)
    assert.include(restored.stdout, `plan ${planId} is visible again`)
    assert.isFalse(await isHidden('plan', planId))
    const again = await as(admin.token, ['moderation', 'restore', 'plan', String(planId), '--json'])
    assert.equal(again.code, 0)
    assert.include(again.stderr, `plan ${planId} is not hidden: nothing to do`)
    assert.deepEqual(again.json(), { type: 'plan', id: planId, hidden: false })
    assert.equal((await as(admin.token, ['moderation', 'restore', 'poem', '1'])).code, 2)
    assert.equal((await as(admin.token, ['moderation', 'restore', 'plan', '999999'])).code, 1)
  })

  test("users show adds the member's activity and reports summary", async ({ client, assert }) => {
    const admin = await actor('admin')
    const member = await actor('influencer')
    const reporter = await actor('shopper')
    await report(client, reporter, 'comment', await contentOf('comment', member.user))
    const shown = await as(admin.token, ['users', 'show', String(member.user.id)])
    assert.equal(shown.code, 0, shown.stderr)
    assert.match(shown.stdout, /content +1 plans, 1 comments, 0 custom tasks/)
    assert.match(shown.stdout, /reports about +1 open, 0 resolved, 0 dismissed/)
    const json = await as(admin.token, [
      'users',
      'show',
      String(member.user.id),
      '--json',
      'email,activity',
    ])
    assert.containsSubset(json.json(), {
      email: member.user.email,
      activity: { content: { plans: 1, comments: 1 }, reportsAbout: { open: 1 } },
    })
    assert.equal((await as(admin.token, ['users', 'show', '999999'])).code, 1)
  })
})

test.group('cli / asking for the state that already holds', (group) => {
  isolate(group)

  test('flag a flagged member, unblock an unblocked one, approve an approved sponsor: exit 0 with a note', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    const id = String(user.id)
    assert.equal((await as(token, ['users', 'flag', id, '--reason', 'watch this'])).code, 0)
    const again = await as(token, ['users', 'flag', id, '--reason', 'watch this', '--json'])
    assert.equal(again.code, 0, again.stderr)
    assert.include(again.stderr, `user ${id} is already flagged: nothing to do`)
    assert.isTrue(again.json().flagged)
    assert.equal((await as(token, ['users', 'unblock', id])).code, 0)
    assert.include((await as(token, ['users', 'unblock', id])).stderr, 'is not blocked')
    const pending = await actor('pendingSponsor')
    assert.equal((await as(token, ['approvals', 'approve', String(pending.user.id)])).code, 0)
    const approved = await as(token, ['approvals', 'approve', String(pending.user.id)])
    assert.equal(approved.code, 0)
    assert.include(approved.stderr, `sponsor ${pending.user.id} is already approved: nothing to do`)
    // A state that does not hold stays a failure: rejecting an approved sponsor.
    const rejected = await as(token, [
      'approvals',
      'reject',
      String(pending.user.id),
      '--reason',
      'changed my mind',
      '--yes',
    ])
    assert.equal(rejected.code, 1)
    assert.equal((await User.findOrFail(pending.user.id)).status, 'active')
  })

  test("re-claiming one's own claim and disabling a disabled rule exit 0 with a note; another admin's claim is still a failure", async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const other = await actor('admin')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      await contentOf('plan', (await actor('influencer')).user)
    )
    assert.equal((await as(admin.token, ['moderation', 'claim', String(filed.id)])).code, 0)
    const again = await as(admin.token, ['moderation', 'claim', String(filed.id)])
    assert.equal(again.code, 0, again.stderr)
    assert.include(again.stderr, `report ${filed.id} is already claimed by you`)
    const taken = await as(other.token, ['moderation', 'claim', String(filed.id)])
    assert.equal(taken.code, 1)
    assert.include(taken.stderr, 'E_REPORT_UNAVAILABLE')

    const added = (
      await as(admin.token, [
        'rules',
        'add',
        '--name',
        'No casinos',
        '--kind',
        'keyword',
        '--keywords',
        'casino',
        '--action',
        'hide',
        '--disabled',
        '--json',
      ])
    ).json()
    const disabled = await as(admin.token, ['rules', 'disable', String(added.id)])
    assert.equal(disabled.code, 0)
    assert.include(disabled.stderr, `rule ${added.id} is already disabled: nothing to do`)
    assert.isTrue(
      (await as(admin.token, ['rules', 'enable', String(added.id), '--json'])).json().enabled
    )
  })
})

test.group('cli / api escape hatch', (group) => {
  isolate(group)

  test('api sends any request with typed and raw fields and prints the whole answer', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const { user } = await actor('shopper')
    const listed = await as(token, [
      'api',
      'GET',
      'admin/users',
      '-F',
      'role=shopper',
      '-F',
      'perPage=1',
    ])
    assert.equal(listed.code, 0, listed.stderr)
    assert.containsSubset(listed.json(), { meta: { perPage: 1 } })
    assert.equal(listed.json().data[0].role, 'shopper')
    const flagged = await as(token, [
      'api',
      'post',
      `/api/v1/admin/users/${user.id}/flag`,
      '-f',
      'reason=12345',
      '--jq',
      '.data.flagReason',
    ])
    assert.equal(flagged.code, 0, flagged.stderr)
    assert.equal(flagged.stdout, '12345\n')
    const rule = await as(token, [
      'api',
      'POST',
      'admin/moderation/rules',
      '-f',
      'name=Api rule',
      '-f',
      'kind=keyword',
      '-f',
      'action=flag',
      '-F',
      'keywords[]=casino',
      '-F',
      'keywords[]=jackpot',
      '-F',
      'enabled=false',
    ])
    assert.containsSubset(rule.json().data, { keywords: ['casino', 'jackpot'], enabled: false })
  })

  test('api: an error answer is printed and exits 1 (4 when unauthenticated); URLs and unknown methods are refused', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const missing = await as(token, ['api', 'GET', 'admin/users/999999'])
    assert.equal(missing.code, 1)
    assert.equal(missing.json().errors[0].code, 'E_NOT_FOUND')
    assert.include(missing.stderr, 'error: HTTP 404')
    assert.equal((await as('oat_bogus.token', ['api', 'GET', 'auth/me'])).code, 4)
    const url = await as(token, ['api', 'GET', 'http://evil.example/steal'])
    assert.equal(url.code, 2)
    assert.include(url.stderr, 'not a URL')
    assert.equal((await as(token, ['api', 'FETCH', 'auth/me'])).code, 2)
    assert.equal((await as(token, ['api', 'POST', 'auth/logout', '-f', 'novalue'])).code, 2)
  })
})
