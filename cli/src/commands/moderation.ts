import type { Command } from 'commander'
import {
  RESOLUTION_ACTIONS,
  TARGET_TYPES,
  type Report,
  type ReportContext,
  type ResolutionAction,
} from '../api/types.js'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { Context } from '../context.js'
import { ApiError, UsageError } from '../errors.js'
import { isRawModeSupported } from '../io.js'
import {
  change,
  fetchList,
  mutation,
  noun,
  oneOf,
  paged,
  positiveInt,
  read,
  settle,
  show,
  showList,
  verb,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'
const REASONS = ['spam', 'abuse', 'inappropriate', 'fraud', 'other'] as const
const STATUSES = ['open', 'claimed', 'resolved', 'dismissed'] as const

export const reportColumns = [
  { label: 'id', value: (r: Report) => r.id },
  { label: 'priority', value: (r: Report) => r.priority },
  { label: 'target', value: (r: Report) => `${r.targetType} ${r.targetId}` },
  { label: 'reason', value: (r: Report) => r.reason },
  { label: 'status', value: (r: Report) => r.status },
  { label: 'claimed by', value: (r: Report) => r.claimedBy },
  { label: 'auto', value: (r: Report) => r.automatic },
  { label: 'created', value: (r: Report) => r.createdAt.slice(0, 16).replace('T', ' ') },
]

function printContext(
  ctx: Context,
  { report, reporter, target, reportsOnTarget, history }: ReportContext
) {
  const owner = target.owner
    ? `${target.owner.email} (user ${target.owner.id})`
    : target.ownerId
      ? `user ${target.ownerId}`
      : null
  ctx.out.fields([
    ['id', report.id],
    ['status', `${report.status}${report.action ? ` (${report.action})` : ''}`],
    ['reason', report.reason],
    ['details', report.details],
    ['priority', report.priority],
    [
      'reporter',
      reporter
        ? `${reporter.email} (user ${reporter.id}, credibility ${reporter.credibility})`
        : 'automatic (a moderation rule)',
    ],
    [
      'target',
      `${target.type} ${target.id}${target.exists ? (target.hidden ? ', hidden' : ', visible') : ', deleted'}`,
    ],
    ['owner', owner],
    ['content', target.excerpt],
    ['claimed by', report.claimedBy ? `${report.claimedBy} until ${report.claimExpiresAt}` : null],
    ['note', report.resolutionNote],
    ['version', report.version],
    ['created', report.createdAt],
  ])
  const others = reportsOnTarget.filter((r) => r.id !== report.id)
  if (others.length) {
    ctx.out.line()
    ctx.out.line(ctx.out.paint('bold', `Other reports on this ${target.type} (${others.length})`))
    for (const r of others) ctx.out.line(`  #${r.id}  ${r.reason}  ${r.status}  ${r.createdAt}`)
  }
  ctx.out.line()
  ctx.out.line(ctx.out.paint('bold', 'History'))
  ctx.out.line(
    `  ${report.createdAt}  reported${reporter ? ` by ${reporter.email}` : ' automatically'}`
  )
  for (const entry of history) {
    const details = Object.entries(entry.details ?? {}).filter(
      ([key, value]) => key !== 'reportId' && value !== null && value !== undefined
    )
    ctx.out.line(
      `  ${entry.createdAt}  ${entry.action} by ${entry.actorId ?? 'the system'}${details.length ? ` (${details.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')})` : ''}`
    )
  }
}

/** Decisions name the version the reviewer saw; without --version it is the current one. */
async function versionOf(api: MarqueeApi, id: number, version?: number) {
  if (version !== undefined) return version
  const report = await api.moderation.show(id).data()
  return report.version
}

const decided = (ctx: Context) => (report: Report) =>
  ctx.out.success(
    `Report ${report.id}: ${report.status}${report.action ? ` (${report.action})` : ''}`
  )

export function registerModeration(program: Command, ctx: Context) {
  const moderation = noun(program, 'moderation', 'Work the review queue of reported content', [
    'marquee moderation queue',
    'marquee moderation queue --interactive',
  ])

  paged(
    verb(
      moderation,
      'queue',
      'List open and claimed reports, highest priority first (--interactive: browse and decide with single keys)',
      [
        'marquee moderation queue --type comment --min-score 5',
        'marquee moderation queue --interactive',
      ]
    )
  )
    .option('--type <type>', `target type: ${TARGET_TYPES.join(', ')}`, oneOf(TARGET_TYPES))
    .option('--status <status>', STATUSES.join(', '), oneOf(STATUSES))
    .option('--reason <reason>', REASONS.join(', '), oneOf(REASONS))
    .option('--min-score <n>', 'lowest priority to show', positiveInt)
    .option(
      '-i, --interactive',
      'browse the queue: ↑/↓ move, c claim, r resolve, d dismiss, q quit'
    )
    .action(
      async (
        opts: ReadOptions & {
          type?: string
          status?: string
          reason?: string
          minScore?: number
          interactive?: boolean
        }
      ) => {
        const filters = {
          type: opts.type,
          status: opts.status,
          reason: opts.reason,
          minScore: opts.minScore,
        }
        if (opts.interactive) {
          if (opts.json || opts.jq)
            throw new UsageError('--interactive and --json do not go together')
          if (!isRawModeSupported(ctx.io.stdin))
            throw new UsageError(
              '--interactive needs a terminal (raw mode is not supported on this input)'
            )
          const { browseQueue } = await import('../ui/queue_browser.js')
          return browseQueue(ctx, await ctx.api(), { ...filters, perPage: 100 })
        }
        const api = await ctx.api()
        const listing = await fetchList(ctx, opts, 'the queue', (page) =>
          api.moderation.queue({ ...page, ...filters })
        )
        await showList(ctx, opts, listing, reportColumns, 'the queue is empty')
      }
    )

  read(
    verb(
      moderation,
      'show',
      'Show one report with its reporter, an excerpt of the reported content, the other reports on it and its history',
      ['marquee moderation show 31', 'marquee moderation show 31 --jq .target.excerpt']
    )
  )
    .argument('<id>', 'report id', positiveInt)
    .action(async (id: number, opts: ReadOptions) => {
      const api = await ctx.api()
      await show(
        ctx,
        opts,
        await ctx.out.spin('loading report', api.moderation.context(id).data()),
        (context) => printContext(ctx, context)
      )
    })

  mutation(
    verb(moderation, 'claim', 'Claim a report, so other admins leave it to you for a while', [
      'marquee moderation claim 31',
    ])
  )
    .argument('<id>', 'report id', positiveInt)
    .action(async (id: number, opts: MutationFlags) => {
      const api = await ctx.api()
      const me = async () => {
        const user = await api.auth.me().data()
        return user.id
      }
      const current = async () => {
        const [report, myId] = await Promise.all([api.moderation.show(id).data(), me()])
        return {
          value: report,
          already:
            report.status === 'claimed' && report.claimedBy === myId
              ? `report ${id} is already claimed by you (until ${report.claimExpiresAt})`
              : undefined,
        }
      }
      await settle(
        ctx,
        api.moderation.claim(id),
        opts,
        `claim report ${id}`,
        (report: Report) =>
          ctx.out.success(`Claimed report ${report.id} until ${report.claimExpiresAt}`),
        current
      )
    })

  mutation(
    verb(
      moderation,
      'resolve',
      'Resolve a report with an action on its target (hide, warn, block the owner, or none)',
      [
        'marquee moderation resolve 31 --action hide --note "spam link"',
        'marquee moderation resolve 31 --action block --yes',
      ]
    ),
    true
  )
    .argument('<id>', 'report id', positiveInt)
    .requiredOption('--action <action>', RESOLUTION_ACTIONS.join(', '), oneOf(RESOLUTION_ACTIONS))
    .option('--note <text>', 'resolution note')
    .option(
      '--version <n>',
      'the report version you reviewed (default: the current one)',
      positiveInt
    )
    .action(
      async (
        id: number,
        opts: MutationFlags & { action: ResolutionAction; note?: string; version?: number }
      ) => {
        const api = await ctx.api()
        const call = api.moderation.resolve(
          id,
          opts.action,
          await versionOf(api, id, opts.version),
          opts.note
        )
        // Only blocking the owner is hard to take back; hiding can be restored.
        await change(
          ctx,
          call,
          opts,
          `resolve report ${id} with "${opts.action}"`,
          decided(ctx),
          opts.action === 'block'
        )
      }
    )

  mutation(
    verb(moderation, 'dismiss', 'Dismiss a report: nothing is wrong with its target', [
      'marquee moderation dismiss 31 --note "not spam"',
    ])
  )
    .argument('<id>', 'report id', positiveInt)
    .option('--note <text>', 'why it was dismissed')
    .option(
      '--version <n>',
      'the report version you reviewed (default: the current one)',
      positiveInt
    )
    .action(async (id: number, opts: MutationFlags & { note?: string; version?: number }) => {
      const api = await ctx.api()
      await change(
        ctx,
        api.moderation.dismiss(id, await versionOf(api, id, opts.version), opts.note),
        opts,
        `dismiss report ${id}`,
        decided(ctx)
      )
    })

  mutation(
    verb(
      moderation,
      'restore',
      'Bring hidden content back (or unblock a user blocked by moderation), after a wrong decision or an appeal',
      ['marquee moderation restore comment 42', 'marquee moderation restore plan 7 --dry-run']
    )
  )
    .argument('<type>', TARGET_TYPES.join(', '), oneOf(TARGET_TYPES))
    .argument('<id>', 'id of the content', positiveInt)
    .action(async (type: string, id: number, opts: MutationFlags) => {
      const api = await ctx.api()
      let restored = true
      try {
        const outcome = await ctx.mutate(api.moderation.restore(type, id), {
          ...opts,
          summary: `restore ${type} ${id}`,
        })
        if (!outcome.sent) return
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'E_NOT_HIDDEN')) throw error
        ctx.out.note(`${type} ${id} is not hidden: nothing to do`)
        restored = false
      }
      await show(
        ctx,
        opts,
        { type, id, hidden: false },
        () => restored && ctx.out.success(`${type} ${id} is visible again`)
      )
    })
}
