import type { Command } from 'commander'
import type { CacheStats } from '../api/types.js'
import type { Context } from '../context.js'
import {
  change,
  list,
  mutation,
  noun,
  positiveInt,
  read,
  show,
  someOf,
  verb,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'

/** The server's cache warmers, each precomputing a family of hot reads. */
const WARMERS = {
  dashboard: 'admin dashboard figures and charts',
  influencerDirectory: 'the first page of the influencer directory',
  trending: 'trending plans and the leaderboard',
  popularProfiles: 'the profile figures of the leaderboard members',
  catalogue: 'the first product page and the featured products',
} as const
const WARMER_NAMES = Object.keys(WARMERS) as (keyof typeof WARMERS)[]

const ratio = (value: number | null) => (value === null ? null : `${Math.round(value * 100)}%`)

function printStats(ctx: Context, stats: CacheStats) {
  const rows = Object.entries(stats.families).map(([family, s]) => ({ family, ...s }))
  ctx.out.table(rows, [
    { label: 'family', value: (r) => r.family },
    { label: 'ttl', value: (r) => r.ttl },
    { label: 'hits', value: (r) => r.hits },
    { label: 'misses', value: (r) => r.misses },
    { label: 'hit ratio', value: (r) => ratio(r.hitRatio) },
    { label: 'keys', value: (r) => r.keys },
  ])
  // A summary for the person reading; piped output stays one row per family.
  if (ctx.out.tty)
    ctx.out.line(
      `total: ${stats.totals.hits} hits, ${stats.totals.misses} misses, hit ratio ${ratio(stats.totals.hitRatio) ?? '-'}, ${stats.totals.keys ?? '-'} keys (${stats.scope})`
    )
}

export function registerCache(program: Command, ctx: Context) {
  const cache = noun(program, 'cache', 'Inspect, warm and clear the Redis cache', [
    'marquee cache stats',
    'marquee cache clear --tags users --yes',
  ])

  read(
    verb(cache, 'stats', 'Hits, misses and live keys per cache family', [
      'marquee cache stats',
      'marquee cache stats --json',
    ])
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    await show(
      ctx,
      opts,
      await ctx.out.spin('loading cache stats', api.cache.stats().data()),
      (stats) => printStats(ctx, stats)
    )
  })

  mutation(
    verb(
      cache,
      'warm',
      `Precompute the hot cached reads: ${Object.entries(WARMERS)
        .map(([name, what]) => `${name} (${what})`)
        .join(', ')}`,
      ['marquee cache warm', 'marquee cache warm --only dashboard,catalogue']
    )
  )
    .option(
      '--only <list>',
      `comma-separated warmers to run: ${WARMER_NAMES.join(', ')} (default: all)`,
      someOf(WARMER_NAMES)
    )
    .action(async (opts: MutationFlags & { only?: string[] }) => {
      const api = await ctx.api()
      await change(ctx, api.cache.warm(opts.only), opts, 'warm the cache', (result) => {
        ctx.out.success(`Warmed: ${result.warmed.join(', ') || 'nothing'}`)
        for (const [name, error] of Object.entries(result.failed))
          ctx.out.note(`failed: ${name}: ${error}`)
      })
    })

  mutation(
    verb(cache, 'clear', 'Drop cached entries: those with the given tags, or everything', [
      'marquee cache clear --tags users,profile:12 --yes',
      'marquee cache clear --dry-run',
    ]),
    true
  )
    .option('--tags <list>', 'comma-separated tags (default: clear everything)', list)
    .action(async (opts: MutationFlags & { tags?: string[] }) => {
      const api = await ctx.api()
      const what = opts.tags?.length
        ? `the cache entries tagged ${opts.tags.join(', ')}`
        : 'the whole cache'
      await change(
        ctx,
        api.cache.clear(opts.tags),
        opts,
        `clear ${what}`,
        () => ctx.out.success(`Cleared ${what}`),
        true
      )
    })

  mutation(
    verb(cache, 'invalidate', "Drop one user's cached entries (profile, cart, notifications)", [
      'marquee cache invalidate 12',
    ])
  )
    .argument('<userId>', 'user id', positiveInt)
    .action(async (userId: number, opts: MutationFlags) => {
      const api = await ctx.api()
      await change(
        ctx,
        api.cache.invalidateUser(userId),
        opts,
        `invalidate the cache of user ${userId}`,
        (result) => ctx.out.success(`Invalidated ${result.tags.join(', ')}`)
      )
    })
}
