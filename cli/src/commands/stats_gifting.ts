import type { Command } from 'commander'
import type { Context } from '../context.js'
import type { GiftingView } from '../ui/gifting.js'
import { likeRateText, priceBandText } from '../ui/figures.js'
import { checkPeriod, period, type PeriodOptions } from './period.js'
import { read, show, verb, wantsJson, type ReadOptions } from './shared.js'

const top = (items: { name: string; count: number }[]) =>
  items
    .slice(0, 5)
    .map((item) => `${item.name} ${item.count}`)
    .join(', ') || 'none'

export function registerStatsGifting(stats: Command, ctx: Context) {
  period(
    read(
      verb(
        stats,
        'gifting',
        'Gifting swipes of every shopper over a period: like rate, liked categories, brands, tags, price band',
        [
          'marquee stats gifting',
          'marquee stats gifting --from 2026-01-01 --to 2026-01-31 --json likeRate,swipes',
        ]
      )
    ),
    'the period'
  ).action(async (opts: ReadOptions & PeriodOptions) => {
    checkPeriod(opts)
    const api = await ctx.api()
    const { data, meta } = await ctx.out.spin(
      'loading gifting analytics',
      api.analytics.gifting({ from: opts.from, to: opts.to }).send()
    )
    const view: GiftingView = { ...data, from: String(meta.from), to: String(meta.to) }
    const result = { ...view, computedAt: meta.computedAt ?? null }
    if (!wantsJson(opts) && ctx.out.tty) {
      const { renderGifting } = await import('../ui/gifting.js')
      return ctx.out.line(renderGifting(view, ctx.out.colour, ctx.io.stdout.columns ?? 100))
    }
    await show(ctx, opts, result, () => {
      ctx.out.fields([
        ['period', `${view.from} to ${view.to}`],
        ['shoppers', data.shoppers ?? 0],
        ['sessions', data.sessions],
        ['swipes', data.swipes.total],
        ['likes', data.swipes.likes],
        ['super-likes', data.swipes.superlikes],
        ['dislikes', data.swipes.dislikes],
        ['like rate', likeRateText(data.likeRate)],
        ['categories', top(data.categories.map((c) => ({ name: c.name, count: c.liked })))],
        ['brands', top(data.brands.map((b) => ({ name: b.name, count: b.liked })))],
        ['tags', top(data.tags.liked.map((t) => ({ name: t.tag, count: t.count })))],
        ['price band', priceBandText(data.priceBand)],
        ['computed at', result.computedAt],
      ])
    })
  })
}
