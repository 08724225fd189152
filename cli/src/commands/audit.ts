import { type Command, InvalidArgumentError } from 'commander'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { AuditLog } from '../api/types.js'
import type { Context } from '../context.js'
import { UsageError } from '../errors.js'
import { fetchList, noun, paged, showList, verb, type ReadOptions } from './shared.js'

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

/** `30m`, `24h`, `7d`, `2w` ago, a day (YYYY-MM-DD) or an ISO date-time: the instant, in ISO. */
export function since(value: string, now = Date.now()) {
  const relative = /^(\d+)([mhdw])$/.exec(value)
  if (relative) return new Date(now - Number(relative[1]) * UNITS[relative[2]]).toISOString()
  const parsed = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
    ? Date.parse(/T/.test(value) ? value : `${value}T00:00:00Z`)
    : Number.NaN
  if (Number.isNaN(parsed))
    throw new InvalidArgumentError(
      'expected a duration (30m, 24h, 7d, 2w), a day (YYYY-MM-DD) or an ISO date-time'
    )
  return new Date(parsed).toISOString()
}

/** `user`, or `user:12`. */
function target(value: string) {
  const [type, id, ...rest] = value.split(':')
  if (!/^[a-z_]+$/.test(type) || rest.length || id === '')
    throw new InvalidArgumentError(
      'expected a target type, optionally with an id: user, user:12, report:31'
    )
  return { targetType: type, targetId: id }
}

/** An actor is a user id, or an e-mail looked up among the accounts. */
async function actorId(api: MarqueeApi, actor: string) {
  if (/^\d+$/.test(actor)) return Number(actor)
  if (!actor.includes('@'))
    throw new UsageError(`--actor "${actor}" is neither a user id nor an e-mail`)
  const matches = await api.users.list({ q: actor, perPage: 100 }).data()
  const found = matches.find((u) => u.email.toLowerCase() === actor.toLowerCase())
  if (!found) throw new UsageError(`--actor: no account with the e-mail ${actor}`)
  return found.id
}

const columns = [
  { label: 'time', value: (e: AuditLog) => e.createdAt.slice(0, 19).replace('T', ' ') },
  { label: 'actor', value: (e: AuditLog) => e.actorId },
  { label: 'action', value: (e: AuditLog) => e.action },
  { label: 'target', value: (e: AuditLog) => `${e.targetType} ${e.targetId}` },
  {
    label: 'details',
    value: (e: AuditLog) => (Object.keys(e.details ?? {}).length ? e.details : null),
  },
]

export function registerAudit(program: Command, ctx: Context) {
  const audit = noun(program, 'audit', 'The audit log of admin actions', [
    'marquee audit list --since 24h',
  ])

  paged(
    verb(
      audit,
      'list',
      'List audit entries, newest first, filtered by actor, action, target and time',
      [
        'marquee audit list --since 24h',
        'marquee audit list --actor ops@example.com --action user.block --since 2026-12-01',
        'marquee audit list --target user:12 --all --json action,createdAt',
      ]
    )
  )
    .option('--actor <id|email>', 'only actions by this admin (user id or e-mail)')
    .option('--action <action>', 'only this action, e.g. user.block, moderation.resolve')
    .option('--target <type[:id]>', 'only actions on this target type, or this one target', target)
    .option(
      '--since <when>',
      'only entries since a duration ago (30m, 24h, 7d), a day or a date-time',
      (value: string) => since(value)
    )
    .action(
      async (
        opts: ReadOptions & {
          actor?: string
          action?: string
          target?: { targetType: string; targetId?: string }
          since?: string
        }
      ) => {
        const api = await ctx.api()
        const filters = {
          actorId: opts.actor ? await actorId(api, opts.actor) : undefined,
          action: opts.action,
          ...opts.target,
          since: opts.since,
        }
        const listing = await fetchList(ctx, opts, 'the audit log', (page) =>
          api.audit.list({ ...page, ...filters })
        )
        await showList(ctx, opts, listing, columns, 'no audit entries match')
      }
    )
}
