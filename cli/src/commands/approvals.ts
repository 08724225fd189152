import type { Command } from 'commander'
import type { User } from '../api/types.js'
import type { MarqueeApi } from '../api/marquee_api.js'
import type { Context } from '../context.js'
import {
  fetchList,
  mutation,
  noun,
  paged,
  positiveInt,
  settle,
  showList,
  verb,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'
import { userColumns } from './users.js'

export function registerApprovals(program: Command, ctx: Context) {
  const approvals = noun(program, 'approvals', 'Review sponsors (brands) waiting for approval', [
    'marquee approvals list',
    'marquee approvals approve 12',
  ])

  paged(
    verb(approvals, 'list', 'List sponsors waiting for approval, oldest first', [
      'marquee approvals list',
      'marquee approvals list --json id,email --all',
    ])
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    const listing = await fetchList(ctx, opts, 'pending sponsors', (page) =>
      api.users.pendingSponsors(page)
    )
    await showList(ctx, opts, listing, userColumns, 'no sponsor is waiting for approval')
  })

  const already =
    (api: MarqueeApi, id: number, status: User['status'], words: string) => async () => {
      const user = await api.users.show(id).data()
      return {
        value: user,
        already: user.status === status ? `sponsor ${id} is already ${words}` : undefined,
      }
    }

  mutation(
    verb(
      approvals,
      'approve',
      'Approve a pending sponsor: the account becomes active and can log in',
      ['marquee approvals approve 12', 'marquee approvals approve 12 --dry-run']
    )
  )
    .argument('<id>', 'user id of the sponsor', positiveInt)
    .option('--reason <text>', 'note kept in the audit log')
    .action(async (id: number, opts: MutationFlags & { reason?: string }) => {
      const api = await ctx.api()
      await settle(
        ctx,
        api.users.apply(id, 'approve', opts.reason),
        opts,
        `approve sponsor ${id}`,
        (user: User) =>
          ctx.out.success(
            `Approved ${user.email} (${user.sponsorProfile?.companyName ?? user.fullName}): now ${user.status}`
          ),
        already(api, id, 'active', 'approved')
      )
    })

  mutation(
    verb(approvals, 'reject', 'Reject a pending sponsor, with the reason they are told', [
      'marquee approvals reject 12 --reason "incomplete company details" --yes',
    ]),
    true
  )
    .argument('<id>', 'user id of the sponsor', positiveInt)
    .requiredOption('--reason <text>', 'why (at least 3 characters; shown to the sponsor)')
    .action(async (id: number, opts: MutationFlags & { reason: string }) => {
      const api = await ctx.api()
      await settle(
        ctx,
        api.users.apply(id, 'reject', opts.reason),
        opts,
        `reject sponsor ${id}`,
        (user: User) => ctx.out.success(`Rejected ${user.email}: ${user.rejectionReason}`),
        already(api, id, 'rejected', 'rejected'),
        true
      )
    })
}
