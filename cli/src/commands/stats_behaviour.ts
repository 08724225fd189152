import type { Command } from 'commander'
import type { Context } from '../context.js'
import type { BehaviourView } from '../ui/behaviour.js'
import { percentText } from '../ui/figures.js'
import { sparkline } from '../ui/charts.js'
import { checkPeriod, period, type PeriodOptions } from './period.js'
import { oneOf, positiveInt, read, show, verb, wantsJson, type ReadOptions } from './shared.js'

type Options = ReadOptions & PeriodOptions & { bucket?: string; top?: number }

export function registerStatsBehaviour(stats: Command, ctx: Context) {
  period(
    read(
      verb(
        stats,
        'behaviour',
        "Members' behaviour: daily/weekly/monthly active members, sign-up funnel, weekly retention, most-used features",
        [
          'marquee stats behaviour',
          'marquee stats behaviour --from 2026-01-01 --to 2026-03-31 --bucket month --top 5 --json',
          'marquee stats behaviour --jq .active.current',
        ]
      )
    ),
    'the period'
  )
    .option(
      '--bucket <size>',
      'sign-up cohorts of the funnel: day, week or month (default week)',
      oneOf(['day', 'week', 'month'] as const)
    )
    .option('--top <n>', 'most-used features to rank (default 10, at most 50)', positiveInt)
    .action(async (opts: Options) => {
      checkPeriod(opts)
      const api = await ctx.api()
      const { data, meta } = await ctx.out.spin(
        'loading member behaviour',
        api.analytics
          .behaviour({ from: opts.from, to: opts.to, bucket: opts.bucket, limit: opts.top })
          .send()
      )
      const view: BehaviourView = { ...data, from: String(meta.from), to: String(meta.to) }
      const result = { ...view, computedAt: meta.computedAt ?? null }
      if (!wantsJson(opts) && ctx.out.tty) {
        const { renderBehaviour } = await import('../ui/behaviour.js')
        return ctx.out.line(renderBehaviour(view, ctx.out.colour, ctx.io.stdout.columns ?? 100))
      }
      await show(ctx, opts, result, () => {
        const { current, series } = data.active
        const total = data.funnel.total
        ctx.out.fields([
          ['period', `${view.from} to ${view.to}`],
          ['dau', current.dau],
          ['wau', current.wau],
          ['mau', current.mau],
          ['daily active', sparkline(series.map((p) => p.dau))],
          ['signed up', total.signedUp],
          ['first plan', `${total.firstPlan} (${percentText(total.planRate)})`],
          ['first like', `${total.firstLike} (${percentText(total.overallRate)})`],
          ...data.retention.map((c): [string, string] => [
            `cohort ${c.cohort}`,
            `${c.size} signed up; active ${c.weeks.map((w) => percentText(w.percent)).join(' ')}`,
          ]),
          ['features', data.features.map((f) => `${f.feature} ${f.uses}`).join(', ') || 'none'],
          ['computed at', result.computedAt],
        ])
      })
    })
}
