import type { Command } from 'commander'
import { CHART_PATHS, type ChartName } from '../api/marquee_api.js'
import type { Charts } from '../api/types.js'
import type { Context } from '../context.js'
import { sparkline } from '../ui/charts.js'
import { UsageError } from '../errors.js'
import { day, oneOf, read, show, verb, wantsJson, type ReadOptions } from './shared.js'

export function registerStats(program: Command, ctx: Context) {
  read(
    verb(
      program,
      'stats',
      'Dashboard: platform figures and sparklines/bar charts of the chart series',
      ['marquee stats', 'marquee stats --from 2026-01-01 --to 2026-03-31 --bucket week --json']
    )
  )
    .option('--from <day>', 'first day of the charts (YYYY-MM-DD, default 30 days ago)', day)
    .option('--to <day>', 'last day of the charts (YYYY-MM-DD, default today)', day)
    .option('--bucket <size>', 'day, week or month', oneOf(['day', 'week', 'month'] as const))
    .action(async (opts: ReadOptions & { from?: string; to?: string; bucket?: string }) => {
      if (opts.from && opts.to && opts.from > opts.to)
        throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`)
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
}
