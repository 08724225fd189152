import type { Command } from 'commander'
import { CHART_PATHS, type ChartName } from '../api/marquee_api.js'
import type { Charts } from '../api/types.js'
import type { Context } from '../context.js'
import { sparkline } from '../ui/charts.js'
import { checkPeriod, period, type PeriodOptions } from './period.js'
import { registerStatsBehaviour } from './stats_behaviour.js'
import { registerStatsGifting } from './stats_gifting.js'
import { oneOf, read, runsItself, show, verb, wantsJson, type ReadOptions } from './shared.js'

export function registerStats(program: Command, ctx: Context) {
  const command = period(
    read(
      verb(
        program,
        'stats',
        'Dashboard: platform figures and sparklines/bar charts of the chart series; `stats behaviour` and `stats gifting` for members and swipes',
        [
          'marquee stats',
          'marquee stats --from 2026-01-01 --to 2026-03-31 --bucket week --json',
          'marquee stats behaviour --from 2026-01-01 --to 2026-03-31',
        ]
      )
    ),
    'the charts'
  ).option('--bucket <size>', 'day, week or month', oneOf(['day', 'week', 'month'] as const))
  command.action(async (opts: ReadOptions & PeriodOptions & { bucket?: string }) => {
    checkPeriod(opts)
    const api = await ctx.api()
    const range = { from: opts.from, to: opts.to, bucket: opts.bucket }
    const names = Object.keys(CHART_PATHS) as ChartName[]
    const [stats, ...series] = await ctx.out.spin(
      'loading the dashboard',
      Promise.all([
        api.dashboard.stats().send(),
        ...names.map((name) =>
          api.dashboard
            .chart(name, ['userGrowth', 'campaignActivity', 'sales'].includes(name) ? range : {})
            .data()
        ),
      ])
    )
    const charts = Object.fromEntries(
      names.map((name, i) => [name, series[i]])
    ) as unknown as Charts
    const result = { stats: stats.data, charts, computedAt: stats.meta.computedAt ?? null }
    if (!wantsJson(opts) && ctx.out.tty) {
      const { renderDashboard } = await import('../ui/dashboard.js')
      return ctx.out.line(
        renderDashboard(result.stats, charts, ctx.out.colour, ctx.io.stdout.columns ?? 100)
      )
    }
    await show(ctx, opts, result, () => {
      ctx.out.fields([
        ['users', result.stats.users.total],
        ['pending sponsors', result.stats.pendingSponsors],
        ['campaigns', result.stats.campaigns.total],
        ['ad requests', result.stats.adRequests.total],
        ['open reports', result.stats.reports.open],
        ['user growth', sparkline(charts.userGrowth.map((p) => p.count))],
        ['computed at', result.computedAt],
      ])
    })
  })
  runsItself.add(command)
  registerStatsBehaviour(command, ctx)
  registerStatsGifting(command, ctx)
}
