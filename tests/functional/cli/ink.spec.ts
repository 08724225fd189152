import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { createElement as h } from 'react'
import { render } from 'ink-testing-library'
import { HttpClient } from '#cli/api/client'
import { MarqueeApi } from '#cli/api/marquee_api'
import { QueueBrowser } from '#cli/ui/queue_browser'
import { TaskProgress } from '#cli/ui/task_progress'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { contentOf, current, report } from '#tests/support/moderation'
import { SERVER } from '#tests/functional/cli/support'

const DOWN = '\u001B[B'

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(20)
  }
}

test.group('cli / Ink components', (group) => {
  isolate(group)

  test('interactive queue: ↓ then r h resolves the second report on the server; c and d claim and dismiss the next', async ({ client, assert }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const first = await report(client, reporter, 'comment', await contentOf('comment', owner.user))
    const second = await report(client, reporter, 'plan', await contentOf('plan', owner.user))
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    const ui = render(h(QueueBrowser, { api, query: { perPage: 100 }, colour: false }))
    await until(() => Boolean(ui.lastFrame()?.includes(`#${second.id}`)))
    const lines = ui.lastFrame()!.split('\n')
    const order = [first.id, second.id].sort((a, b) => lines.findIndex((l) => l.includes(`#${a} `)) - lines.findIndex((l) => l.includes(`#${b} `)))
    ui.stdin.write(DOWN)
    await until(() => ui.lastFrame()!.includes(`› #${order[1]} `))
    ui.stdin.write('r')
    await until(() => ui.lastFrame()!.includes('resolve with'))
    ui.stdin.write('h')
    await until(async () => (await current(client, admin, order[1])).status === 'resolved')
    assert.equal((await current(client, admin, order[1])).action, 'hide')
    assert.equal((await current(client, admin, order[0])).status, 'open')
    await until(() => ui.lastFrame()!.includes(`resolved (hide) report ${order[1]}`))

    // The resolved report left the queue; the cursor falls back on the one left.
    await until(() => !ui.lastFrame()!.includes(`#${order[1]} `) && ui.lastFrame()!.includes(`› #${order[0]} `))
    ui.stdin.write('c')
    await until(async () => (await current(client, admin, order[0])).status === 'claimed')
    assert.equal((await current(client, admin, order[0])).claimedBy, admin.user.id)
    await until(() => ui.lastFrame()!.includes(`claimed report ${order[0]}`) && ui.lastFrame()!.includes(`(claimed by ${admin.user.id})`))
    ui.stdin.write('d')
    await until(async () => (await current(client, admin, order[0])).status === 'dismissed')
    await until(() => ui.lastFrame()!.includes('the queue is empty'))
    ui.unmount()
  })

  test('task progress bar draws the progress and state', async ({ assert }) => {
    const task = { id: 'default:1', queue: 'default', name: 'seed', state: 'active' as const, progress: 50, result: null, error: null, attempts: 1, maxAttempts: 1, createdAt: '', startedAt: null, finishedAt: null }
    const ui = render(h(TaskProgress, { task, colour: false }))
    assert.include(ui.lastFrame()!, `${'█'.repeat(15)}${'░'.repeat(15)} 50% active`)
    ui.unmount()
  })

  test('the built bin runs as a process', async ({ assert }) => {
    const { token } = await actor('admin')
    // Async: the suite's server runs in this process and must keep answering.
    await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'cli'])
    const { stdout } = await promisify(execFile)(process.execPath, ['cli/build/bin/marquee.js', 'whoami', '--json', '--server', SERVER], { env: { ...process.env, MARQUEE_TOKEN: token } })
    assert.equal(JSON.parse(stdout).user.role, 'admin')
  }).timeout(60_000)
})
