import { writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import User from '#models/user'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import {
  as,
  buildCli,
  cli,
  configFile,
  configHome,
  SERVER,
  spawnCli,
} from '#tests/functional/cli/support'

const PASSWORD = 'secret-password-1'

/** A config dir logged in to the suite's server as a new admin. */
async function loggedIn(profile?: string) {
  const admin = await actor('admin', { password: PASSWORD })
  const home = configHome()
  const login = await cli(
    [
      ...(profile ? ['--profile', profile] : []),
      'login',
      '--server',
      SERVER,
      '--email',
      admin.user.email,
      '--password-stdin',
    ],
    { home, stdin: PASSWORD }
  )
  if (login.code !== 0) throw new Error(login.stderr)
  return { admin, home, config: configFile(home) }
}

/** Another server, which records what it is sent and refuses everything. */
async function otherServer() {
  const received: { url?: string; headers: IncomingHttpHeaders; body: string }[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push({ url: request.url, headers: request.headers, body })
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'E_UNAUTHORIZED', message: 'no' }] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => server.close(),
  }
}

test.group('cli / stored logins', (group) => {
  isolate(group)

  test("a profile's tokens never go to another server (--server or MARQUEE_SERVER): log in there first, exit 4", async ({
    assert,
  }) => {
    const { home, config } = await loggedIn('sam')
    const { accessToken, refreshToken } = config.read().profiles.sam
    const other = await otherServer()
    try {
      const viaFlag = await cli(['--profile', 'sam', 'users', 'list', '--server', other.url], {
        home,
      })
      assert.equal(viaFlag.code, 4)
      assert.include(viaFlag.stderr, `profile "sam" is logged in to ${SERVER}, not ${other.url}`)
      assert.include(viaFlag.stderr, `marquee login --server ${other.url} --profile sam`)
      const viaEnv = await cli(['whoami'], {
        home,
        env: { MARQUEE_PROFILE: 'sam', MARQUEE_SERVER: other.url },
      })
      assert.equal(viaEnv.code, 4)
      const sent = JSON.stringify(other.received)
      assert.notInclude(sent, accessToken)
      assert.notInclude(sent, refreshToken)
      assert.lengthOf(other.received, 0)
      // The profile still works on its own server.
      assert.equal((await cli(['--profile', 'sam', 'whoami'], { home })).code, 0)
    } finally {
      other.close()
    }
  })

  test('commands run in parallel as separate processes while the access token is due: one refresh, none fails, the login stays alive', async ({
    assert,
  }) => {
    await buildCli()
    const { admin, home, config } = await loggedIn()
    const before = config.read()
    before.profiles.default.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString()
    config.write(before)
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => spawnCli(['whoami', '--json'], { home }))
    )
    for (const run of runs) {
      assert.equal(run.code, 0, run.stderr)
      assert.equal(JSON.parse(run.stdout).user.id, admin.user.id)
    }
    const after = config.read().profiles.default
    assert.notEqual(after.refreshToken, before.profiles.default.refreshToken)
    assert.isAbove(Date.parse(after.accessTokenExpiresAt), Date.now())
    const again = await cli(['whoami', '--json'], { home })
    assert.equal(again.code, 0, again.stderr)
    assert.equal(again.json().user.id, admin.user.id)
  }).timeout(120_000)

  test('a lock left by a process that died does not block the next refresh', async ({ assert }) => {
    const { home, config } = await loggedIn()
    const stored = config.read()
    stored.profiles.default.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString()
    config.write(stored)
    writeFileSync(`${config.path}.lock`, '999999')
    const me = await cli(['whoami', '--json'], { home })
    assert.equal(me.code, 0, me.stderr)
    assert.notEqual(
      config.read().profiles.default.refreshToken,
      stored.profiles.default.refreshToken
    )
  })

  test('a refresh token the server refuses asks for a new login (exit 4) with the profile in the hint', async ({
    assert,
  }) => {
    const { home, config } = await loggedIn('ops')
    const stored = config.read()
    Object.assign(stored.profiles.ops, {
      accessToken: 'oat_gone.token',
      refreshToken: 'rt_revoked.0123456789abcdef',
      accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString(),
    })
    config.write(stored)
    const me = await cli(['--profile', 'ops', 'whoami'], { home })
    assert.equal(me.code, 4, me.stderr)
    assert.include(me.stderr, `expired or was revoked`)
    assert.include(me.stderr, `marquee login --server ${SERVER} --profile ops`)
  })

  test('logout with the server unreachable still forgets the tokens, says so and exits 0', async ({
    assert,
  }) => {
    const { home, config } = await loggedIn()
    const stored = config.read()
    stored.profiles.default.server = 'http://127.0.0.1:9'
    config.write(stored)
    const out = await cli(['logout', '--json'], { home })
    assert.equal(out.code, 0, out.stderr)
    assert.deepEqual(out.json(), { profile: 'default', revoked: false })
    assert.include(out.stderr, 'forgotten here anyway')
    assert.deepEqual(config.read().profiles.default, {
      server: 'http://127.0.0.1:9',
      email: stored.profiles.default.email,
    })
  })

  test('not logged in: exit 4 and a login hint that keeps --profile', async ({ assert }) => {
    const home = configHome()
    const none = await cli(['--profile', 'sam', 'users', 'list', '--server', SERVER], { home })
    assert.equal(none.code, 4)
    assert.include(
      none.stderr,
      `not logged in (profile "sam"): run "marquee login --server ${SERVER} --profile sam"`
    )
    const noServer = await cli(['whoami'], { home })
    assert.equal(noServer.code, 4)
  })
})

test.group('cli / server URLs and prompts', (group) => {
  isolate(group)

  test('a server without scheme is a usage error naming the URL meant, before anything is asked or sent', async ({
    assert,
  }) => {
    const whoami = await cli(['whoami', '--server', '127.0.0.1:3430', '--token', 'x'])
    assert.equal(whoami.code, 2)
    assert.include(
      whoami.stderr,
      '--server "127.0.0.1:3430" is not a URL (did you mean http://127.0.0.1:3430?)'
    )
    const viaEnv = await cli(['whoami', '--token', 'x'], {
      env: { MARQUEE_SERVER: 'ftp://example.test' },
    })
    assert.equal(viaEnv.code, 2)
    assert.include(viaEnv.stderr, 'MARQUEE_SERVER "ftp://example.test" is not an http(s) URL')
    const login = await cli(['login', '--server', 'localhost:3333'], {
      tty: true,
      answers: [['Email: ', 'a@b.test\r']],
    })
    assert.equal(login.code, 2)
    assert.notInclude(login.stderr, 'Email')
  })

  test('login on a terminal checks that the server answers before asking for the password', async ({
    assert,
  }) => {
    const login = await cli(['login', '--server', 'http://127.0.0.1:9'], {
      tty: true,
      answers: [
        ['Email: ', 'a@b.test\r'],
        ['Password: ', 'x\r'],
      ],
    })
    assert.equal(login.code, 1)
    assert.include(login.stderr, 'cannot reach the server at http://127.0.0.1:9')
    assert.notInclude(login.stderr, 'Password')
  })

  test('Ctrl-C at a prompt ends the line and exits 130; nothing changes', async ({ assert }) => {
    const atEmail = await cli(['login', '--server', SERVER], {
      tty: true,
      answers: [['Email: ', '\u0003']],
    })
    assert.equal(atEmail.code, 130)
    assert.match(atEmail.stderr, /Email: (\u001B\[\d+G)?\n$/)
    const atPassword = await cli(['login', '--server', SERVER], {
      tty: true,
      answers: [
        ['Email: ', 'a@b.test\r'],
        ['Password: ', '\u0003'],
      ],
    })
    assert.equal(atPassword.code, 130)
    // The password prompt (@inquirer/password) ends its line and shows the cursor again.
    assert.match(atPassword.stderr, /Password: [^\n]*\n[^\n]*$/)
    assert.isTrue(atPassword.stderr.endsWith('\u001B[?25h'), JSON.stringify(atPassword.stderr))

    const { token } = await actor('admin')
    const pending = await actor('pendingSponsor')
    const atConfirm = await as(
      token,
      ['approvals', 'reject', String(pending.user.id), '--reason', 'incomplete'],
      { tty: true, answers: [['[y/N] ', '\u0003']] }
    )
    assert.equal(atConfirm.code, 130)
    assert.match(atConfirm.stderr, /\[y\/N\] (\u001B\[\d+G)?\n$/)
    assert.equal((await User.findOrFail(pending.user.id)).status, 'pending')
  })
})
