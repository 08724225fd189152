import type { Command } from 'commander'
import { RESOLUTION_ACTIONS, type Report, type ResolutionAction } from '../api/types.js'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { Context } from '../context.js'
import { UsageError } from '../errors.js'
import { isRawModeSupported } from '../io.js'
import { browseQueue } from '../ui/queue_browser.js'
import { change, mutation, noun, oneOf, paged, positiveInt, read, show, verb, type MutationFlags, type ReadOptions } from './shared.js'

const TARGET_TYPES = ['plan', 'comment', 'custom_task', 'campaign', 'message', 'product', 'user'] as const
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

function printReport(ctx: Context, report: Report) {
  ctx.out.fields([
    ['id', report.id],
    ['target', `${report.targetType} ${report.targetId} (owner ${report.targetOwnerId ?? '-'})`],
    ['reason', report.reason],
    ['details', report.details],
    ['status', report.status],
    ['priority', report.priority],
    ['automatic', report.automatic],
    ['claimed by', report.claimedBy ? `${report.claimedBy} until ${report.claimExpiresAt}` : null],
    ['action', report.action],
    ['note', report.resolutionNote],
    ['version', report.version],
    ['created', report.createdAt],
  ])
}

/** Decisions name the version the reviewer saw; without --version it is the current one. */
async function versionOf(api: MarqueeApi, id: number, version?: number) {
  return version ?? (await api.moderation.show(id).data()).version
}

const decided = (ctx: Context) => (report: Report) => ctx.out.success(`Report ${report.id}: ${report.status}${report.action ? ` (${report.action})` : ''}`)

export function registerModeration(program: Command, ctx: Context) {
  const moderation = noun(program, 'moderation', 'Work the review queue of reported content', ['marquee moderation queue', 'marquee moderation queue --interactive'])

  paged(verb(moderation, 'queue', 'List open and claimed reports, highest priority first (--interactive: browse and decide with single keys)', [
    'marquee moderation queue --type comment --min-score 5',
    'marquee moderation queue --interactive',
  ]))
    .option('--type <type>', `target type: ${TARGET_TYPES.join(', ')}`, oneOf(TARGET_TYPES))
    .option('--status <status>', STATUSES.join(', '), oneOf(STATUSES))
    .option('--reason <reason>', REASONS.join(', '), oneOf(REASONS))
    .option('--min-score <n>', 'lowest priority to show', positiveInt)
    .option('-i, --interactive', 'browse the queue: ↑/↓ move, c claim, r resolve, d dismiss, q quit')
    .action(async (opts: ReadOptions & { type?: string; status?: string; reason?: string; minScore?: number; interactive?: boolean }) => {
      const query = { page: opts.page, perPage: opts.perPage, type: opts.type, status: opts.status, reason: opts.reason, minScore: opts.minScore }
      if (opts.interactive) {
        if (opts.json) throw new UsageError('--interactive and --json do not go together')
        if (!isRawModeSupported(ctx.io.stdin)) throw new UsageError('--interactive needs a terminal (raw mode is not supported on this input)')
        return browseQueue(ctx, await ctx.api(), query)
      }
      const api = await ctx.api()
      show(ctx, opts.json, await ctx.out.spin('loading the queue', api.moderation.queue(query).data()), (rows) => ctx.out.table(rows, reportColumns, 'the queue is empty'))
    })

  read(verb(moderation, 'show', 'Show one report', ['marquee moderation show 31', 'marquee moderation show 31 --json']))
    .argument('<id>', 'report id', positiveInt)
    .action(async (id: number, opts: ReadOptions) => {
      const api = await ctx.api()
      show(ctx, opts.json, await ctx.out.spin('loading report', api.moderation.show(id).data()), (report) => printReport(ctx, report))
    })

  mutation(verb(moderation, 'claim', 'Claim a report, so other admins leave it to you for a while', ['marquee moderation claim 31']))
    .argument('<id>', 'report id', positiveInt)
    .action(async (id: number, opts: MutationFlags) => {
      const api = await ctx.api()
      await change(ctx, api.moderation.claim(id), opts, `claim report ${id}`, (report: Report) => ctx.out.success(`Claimed report ${report.id} until ${report.claimExpiresAt}`))
    })

  mutation(verb(moderation, 'resolve', 'Resolve a report with an action on its target (hide, warn, block the owner, or none)', [
    'marquee moderation resolve 31 --action hide --note "spam link"',
    'marquee moderation resolve 31 --action block --yes',
  ]), true)
    .argument('<id>', 'report id', positiveInt)
    .requiredOption('--action <action>', RESOLUTION_ACTIONS.join(', '), oneOf(RESOLUTION_ACTIONS))
    .option('--note <text>', 'resolution note')
    .option('--version <n>', 'the report version you reviewed (default: the current one)', positiveInt)
    .action(async (id: number, opts: MutationFlags & { action: ResolutionAction; note?: string; version?: number }) => {
      const api = await ctx.api()
      const call = api.moderation.resolve(id, opts.action, await versionOf(api, id, opts.version), opts.note)
      // Only blocking the owner is hard to take back; hiding can be restored.
      await change(ctx, call, opts, `resolve report ${id} with "${opts.action}"`, decided(ctx), opts.action === 'block')
    })

  mutation(verb(moderation, 'dismiss', 'Dismiss a report: nothing is wrong with its target', ['marquee moderation dismiss 31 --note "not spam"']))
    .argument('<id>', 'report id', positiveInt)
    .option('--note <text>', 'why it was dismissed')
    .option('--version <n>', 'the report version you reviewed (default: the current one)', positiveInt)
    .action(async (id: number, opts: MutationFlags & { note?: string; version?: number }) => {
      const api = await ctx.api()
      await change(ctx, api.moderation.dismiss(id, await versionOf(api, id, opts.version), opts.note), opts, `dismiss report ${id}`, decided(ctx))
    })
}
