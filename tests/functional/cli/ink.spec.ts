import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { test } from '@japa/runner'
import { createElement as h } from 'react'
import { render } from 'ink-testing-library'
import { HttpClient } from '#cli/api/client'
import { MarqueeApi } from '#cli/api/marquee_api'
import { QueueBrowser } from '#cli/ui/queue_browser'
import { TaskProgress } from '#cli/ui/task_progress'
import { Dashboard } from '#cli/ui/dashboard'
import { bar, sparkline } from '#cli/ui/charts'
import type { Charts } from '#cli/api/types'
import { actor } from '#tests/support/auth'
import { isolate } from '#tests/support/hooks'
import { contentOf, current, report } from '#tests/support/moderation'
import { campaignFor } from '#tests/support/marketplace'
import Report from '#models/report'
import User from '#models/user'
import { as, buildCli, SERVER, start } from '#tests/functional/cli/support'
import { waitFor } from '#tests/support/wait'

const DOWN = '\u001B[B'

/** The browser shows the whole review queue: reports an earlier run left open would take the cursor or the screen. */
function emptyReviewQueue(group: Parameters<typeof isolate>[0]) {
  group.each.setup(async () => {
    await Report.query().whereIn('status', ['open', 'claimed']).update({ status: 'dismissed' })
  })
}

test.group('cli / Ink components', (group) => {
  isolate(group)
  emptyReviewQueue(group)

  test('interactive queue: ↓ then r h Enter resolves the second report on the server; c and d Enter claim and dismiss the next', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const reporter = await actor('shopper')
    const owner = await actor('influencer')
    const first = await report(client, reporter, 'comment', await contentOf('comment', owner.user))
    const second = await report(client, reporter, 'plan', await contentOf('plan', owner.user))
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    const ui = render(h(QueueBrowser, { api, query: { perPage: 100 }, colour: false }))
    await waitFor(() => Boolean(ui.lastFrame()?.includes(`#${second.id}`)))
    const lines = ui.lastFrame()!.split('\n')
    const order = [first.id, second.id].sort(
      (a, b) =>
        lines.findIndex((l) => l.includes(`#${a} `)) - lines.findIndex((l) => l.includes(`#${b} `))
    )
    ui.stdin.write(DOWN)
    await waitFor(() => ui.lastFrame()!.includes(`› #${order[1]} `))
    ui.stdin.write('r')
    await waitFor(() => ui.lastFrame()!.includes('resolve with'))
    ui.stdin.write('h')
    await waitFor(() =>
      ui.lastFrame()!.includes(`resolve (hide) report ${order[1]}, note (Enter to skip, Esc back):`)
    )
    ui.stdin.write('\r')
    await waitFor(async () => (await current(client, admin, order[1])).status === 'resolved')
    assert.equal((await current(client, admin, order[1])).action, 'hide')
    assert.equal((await current(client, admin, order[0])).status, 'open')
    await waitFor(() => ui.lastFrame()!.includes(`resolved (hide) report ${order[1]}`))

    // The resolved report left the queue; the cursor falls back on the one left.
    await waitFor(
      () =>
        !ui.lastFrame()!.includes(`#${order[1]} `) && ui.lastFrame()!.includes(`› #${order[0]} `)
    )
    ui.stdin.write('c')
    await waitFor(async () => (await current(client, admin, order[0])).status === 'claimed')
    assert.equal((await current(client, admin, order[0])).claimedBy, admin.user.id)
    await waitFor(
      () =>
        ui.lastFrame()!.includes(`claimed report ${order[0]}`) &&
        ui.lastFrame()!.includes(`(claimed by ${admin.user.id})`)
    )
    ui.stdin.write('d')
    await waitFor(() => ui.lastFrame()!.includes(`dismiss report ${order[0]}, note`))
    ui.stdin.write('\r')
    await waitFor(async () => (await current(client, admin, order[0])).status === 'dismissed')
    await waitFor(() => ui.lastFrame()!.includes('the queue is empty'))
    ui.unmount()
  })

  test('interactive queue: blocking the owner takes a note and a y, as --yes is needed on the command line; n leaves it open', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const owner = await actor('influencer')
    const filed = await report(
      client,
      await actor('shopper'),
      'comment',
      await contentOf('comment', owner.user)
    )
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    const ui = render(h(QueueBrowser, { api, query: { perPage: 100 }, colour: false }))
    await waitFor(() => Boolean(ui.lastFrame()?.includes(`› #${filed.id} `)))
    const blockWithNote = async (note: string) => {
      ui.stdin.write('r')
      await waitFor(() => ui.lastFrame()!.includes('resolve with'))
      ui.stdin.write('b')
      await waitFor(() => ui.lastFrame()!.includes(`resolve (block) report ${filed.id}, note`))
      for (const char of note) ui.stdin.write(char)
      await waitFor(() => ui.lastFrame()!.includes(`Esc back): ${note}`))
      ui.stdin.write('\r')
      await waitFor(() =>
        ui
          .lastFrame()!
          .includes(`Block the owner of report ${filed.id} (user ${owner.user.id})? y to confirm`)
      )
    }
    await blockWithNote('spam ring')
    ui.stdin.write('n')
    await waitFor(() => ui.lastFrame()!.includes('nothing changed'))
    assert.equal((await current(client, admin, filed.id)).status, 'open')
    assert.isNull((await User.findOrFail(owner.user.id)).blockedAt)

    await blockWithNote('spam ring')
    ui.stdin.write('y')
    await waitFor(async () => (await current(client, admin, filed.id)).status === 'resolved')
    assert.containsSubset(await current(client, admin, filed.id), {
      action: 'block',
      resolutionNote: 'spam ring',
    })
    assert.isNotNull((await User.findOrFail(owner.user.id)).blockedAt)
    ui.unmount()
  })

  test('interactive queue: a dismissal carries the typed note; Esc at the note changes nothing', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      await contentOf('plan', (await actor('influencer')).user)
    )
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    const ui = render(h(QueueBrowser, { api, query: { perPage: 100 }, colour: false }))
    await waitFor(() => Boolean(ui.lastFrame()?.includes(`› #${filed.id} `)))
    ui.stdin.write('d')
    await waitFor(() => ui.lastFrame()!.includes(`dismiss report ${filed.id}, note`))
    ui.stdin.write('\u001B')
    await waitFor(() => ui.lastFrame()!.includes('↑/↓ move'))
    assert.equal((await current(client, admin, filed.id)).status, 'open')
    ui.stdin.write('d')
    await waitFor(() => ui.lastFrame()!.includes(`dismiss report ${filed.id}, note`))
    for (const char of 'not spamx') ui.stdin.write(char)
    ui.stdin.write('\u007F')
    await waitFor(
      () =>
        ui.lastFrame()!.includes('Esc back): not spam\n') ||
        ui.lastFrame()!.endsWith('Esc back): not spam')
    )
    ui.stdin.write('\r')
    await waitFor(async () => (await current(client, admin, filed.id)).status === 'dismissed')
    assert.equal((await current(client, admin, filed.id)).resolutionNote, 'not spam')
    await waitFor(() => ui.lastFrame()!.includes(`dismissed report ${filed.id}`))
    ui.unmount()
  })

  test('interactive queue: a refused login shows the error instead of the list; a decision refused by the server is shown and the list stays', async ({
    client,
    assert,
  }) => {
    const refused = render(
      h(QueueBrowser, {
        api: new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => 'oat_bogus.token' })),
        query: {},
        colour: false,
      })
    )
    await waitFor(
      () =>
        refused.lastFrame()!.startsWith('error: E_UNAUTHORIZED') ||
        refused.lastFrame()!.startsWith('error: ')
    )
    assert.notInclude(refused.lastFrame()!, 'Review queue')
    refused.unmount()

    const admin = await actor('admin')
    const other = await actor('admin')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      await contentOf('plan', (await actor('influencer')).user)
    )
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    const ui = render(h(QueueBrowser, { api, query: { perPage: 100 }, colour: false }))
    await waitFor(() => Boolean(ui.lastFrame()?.includes(`› #${filed.id} `)))
    await new MarqueeApi(
      new HttpClient(SERVER, { accessToken: async () => other.token })
    ).moderation
      .claim(filed.id)
      .send()
    ui.stdin.write('c')
    await waitFor(() =>
      ui
        .lastFrame()!
        .includes('error: E_REPORT_UNAVAILABLE: Another admin is reviewing this report')
    )
    await waitFor(() => ui.lastFrame()!.includes(`(claimed by ${other.user.id})`))
    ui.unmount()
  })

  test('task progress bar draws the progress and state', async ({ assert }) => {
    const task = {
      id: 'default:1',
      queue: 'default' as const,
      name: 'seed',
      state: 'active' as const,
      progress: 50,
      result: null,
      error: null,
      attempts: 1,
      maxAttempts: 1,
      createdAt: '',
      startedAt: null,
      finishedAt: null,
    }
    const ui = render(h(TaskProgress, { task, colour: false }))
    assert.include(ui.lastFrame()!, `${'█'.repeat(15)}${'░'.repeat(15)} 50% active`)
    ui.rerender(
      h(TaskProgress, {
        task: { ...task, state: 'failed' as const, progress: 80, error: 'boom' },
        colour: false,
      })
    )
    assert.include(ui.lastFrame()!, `${'█'.repeat(24)}${'░'.repeat(6)} 80% failed`)
    ui.unmount()
  })

  test("the stats dashboard draws the figures, sparklines and bar charts of the server's series", async ({
    assert,
  }) => {
    const admin = await actor('admin')
    const sponsor = await actor('sponsor')
    await campaignFor(sponsor.user, { niche: 'fitness' })
    await campaignFor(sponsor.user, { niche: 'fitness' })
    await campaignFor(sponsor.user, { niche: 'travel', status: 'draft' })
    const api = new MarqueeApi(new HttpClient(SERVER, { accessToken: async () => admin.token }))
    await api.cache.clear().send()
    const stats = await api.dashboard.stats().data()
    const charts: Charts = {
      userGrowth: await api.dashboard.chart('userGrowth').data(),
      campaignActivity: await api.dashboard.chart('campaignActivity').data(),
      sales: await api.dashboard.chart('sales').data(),
      adRequestStatus: await api.dashboard.chart('adRequestStatus').data(),
      campaignDistribution: await api.dashboard.chart('campaignDistribution').data(),
    }
    const fitness = charts.campaignDistribution.byNiche.find((n) => n.niche === 'fitness')!
    assert.isAtLeast(fitness.count, 2)

    const ui = render(h(Dashboard, { stats, charts, colour: false }))
    const frame = ui.lastFrame()!
    assert.include(frame, `users ${stats.users.total}`)
    assert.include(frame, `campaigns ${stats.campaigns.total}`)
    assert.include(frame, `open reports ${stats.reports.open}`)
    assert.include(frame, `user growth    ${sparkline(charts.userGrowth.map((p) => p.count))}`)
    assert.lengthOf(sparkline(charts.userGrowth.map((p) => p.count)), 30)
    const maxNiche = Math.max(...charts.campaignDistribution.byNiche.map((n) => n.count))
    assert.include(frame, `fitness        ${bar(fitness.count, maxNiche, 30)} ${fitness.count}`)
    for (const status of charts.adRequestStatus)
      assert.include(
        frame,
        `${status.status.padEnd(14)} ${bar(status.count, Math.max(...charts.adRequestStatus.map((s) => s.count)), 30)} ${status.count}`
      )
    assert.include(frame, 'campaigns by status')
    ui.unmount()
  })

  test('the built bin runs as a process', async ({ assert }) => {
    const { token } = await actor('admin')
    // Async: the suite's server runs in this process and must keep answering.
    await buildCli()
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['cli/build/bin/marquee.js', 'whoami', '--json', '--server', SERVER],
      { env: { ...process.env, MARQUEE_TOKEN: token } }
    )
    assert.equal(JSON.parse(stdout).user.role, 'admin')
  }).timeout(60_000)
})

test.group('cli / screens through the command line', (group) => {
  isolate(group)
  emptyReviewQueue(group)

  test('stats on a terminal draws the Ink dashboard; piped, it prints plain fields', async ({
    assert,
  }) => {
    const { token } = await actor('admin')
    const drawn = await as(token, ['stats'], { tty: true, env: { NO_COLOR: '1' } })
    assert.equal(drawn.code, 0, drawn.stderr)
    assert.include(drawn.stdout, 'Marquee dashboard')
    assert.include(drawn.stdout, 'campaigns by status')
    const piped = await as(token, ['stats'])
    assert.match(piped.stdout, /^users +\d+\n/)
    assert.notInclude(piped.stdout, 'Marquee dashboard')
  })

  test('tasks watch on a terminal draws the live bar to the end', async ({ assert }) => {
    const { token } = await actor('admin')
    const { taskId } = (await as(token, ['batch', 'run', 'cleanup', '--json'])).json()
    const watched = await as(token, ['tasks', 'watch', taskId, '--interval', '50'], {
      tty: true,
      env: { NO_COLOR: '1' },
    })
    assert.equal(watched.code, 0, watched.stderr)
    assert.include(watched.stdout, `${'█'.repeat(30)} 100% completed`)
  })

  test('moderation queue --interactive runs the browser on a terminal (q quits) and refuses a pipe or --json', async ({
    client,
    assert,
  }) => {
    const admin = await actor('admin')
    const filed = await report(
      client,
      await actor('shopper'),
      'plan',
      await contentOf('plan', (await actor('influencer')).user)
    )
    const browsing = start(
      ['moderation', 'queue', '--interactive', '--server', SERVER, '--token', admin.token],
      { tty: true, answers: [] }
    )
    await waitFor(() => browsing.output().includes(`#${filed.id} `))
    browsing.type('q')
    const done = await browsing.done
    assert.equal(done.code, 0, done.stderr)
    const piped = await as(admin.token, ['moderation', 'queue', '--interactive'])
    assert.equal(piped.code, 2)
    assert.include(piped.stderr, '--interactive needs a terminal')
    assert.equal(
      (await as(admin.token, ['moderation', 'queue', '--interactive', '--json'], { tty: true }))
        .code,
      2
    )
  })
})
