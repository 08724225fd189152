import type { Command } from 'commander'
import type { User } from '../api/types.js'
import type { Context } from '../context.js'
import { change, mutation, noun, oneOf, paged, positiveInt, read, show, verb, type MutationFlags, type ReadOptions } from './shared.js'

export const userColumns = [
  { label: 'id', value: (u: User) => u.id },
  { label: 'email', value: (u: User) => u.email },
  { label: 'name', value: (u: User) => u.fullName },
  { label: 'role', value: (u: User) => u.role },
  { label: 'status', value: (u: User) => u.status },
  { label: 'company', value: (u: User) => u.sponsorProfile?.companyName },
  { label: 'flags', value: (u: User) => [u.blocked && 'blocked', u.flagged && 'flagged'].filter(Boolean).join(',') || null },
  { label: 'created', value: (u: User) => u.createdAt.slice(0, 10) },
]

export function printUser(ctx: Context, user: User) {
  ctx.out.fields([
    ['id', user.id],
    ['email', user.email],
    ['name', user.fullName],
    ['role', user.role],
    ['status', user.status],
    ['rejection reason', user.rejectionReason],
    ['email verified', user.emailVerified],
    ['blocked', user.blocked ? `yes (${user.blockReason})` : false],
    ['flagged', user.flagged ? `yes (${user.flagReason})` : false],
    ['company', user.sponsorProfile?.companyName],
    ['created', user.createdAt],
  ])
}

type Decision = 'block' | 'unblock' | 'flag' | 'unflag'

const DECISIONS: { name: Decision; description: string; reasonRequired: boolean; destructive: boolean; example: string }[] = [
  { name: 'block', description: 'Block a user: they cannot log in and their content is hidden', reasonRequired: true, destructive: true, example: 'marquee users block 12 --reason "spam account" --yes' },
  { name: 'unblock', description: 'Unblock a user', reasonRequired: false, destructive: false, example: 'marquee users unblock 12' },
  { name: 'flag', description: 'Flag a user for admins to watch', reasonRequired: true, destructive: false, example: 'marquee users flag 12 --reason "suspicious reviews"' },
  { name: 'unflag', description: 'Remove the flag of a user', reasonRequired: false, destructive: false, example: 'marquee users unflag 12 --dry-run' },
]

export function registerUsers(program: Command, ctx: Context) {
  const users = noun(program, 'users', 'List, inspect, block and flag user accounts', ['marquee users list --role sponsor', 'marquee users block 12 --reason "spam" --yes'])

  paged(verb(users, 'list', 'List users, newest first, with filters', ['marquee users list --status pending --role sponsor', 'marquee users list --q maya --json']))
    .option('--role <role>', 'admin, sponsor, influencer or shopper', oneOf(['admin', 'sponsor', 'influencer', 'shopper'] as const))
    .option('--status <status>', 'active, pending or rejected', oneOf(['active', 'pending', 'rejected'] as const))
    .option('--blocked', 'only blocked users')
    .option('--flagged', 'only flagged users')
    .option('--q <text>', 'search e-mail and name')
    .option('--sort <order>', 'newest, oldest, email or name', oneOf(['newest', 'oldest', 'email', 'name'] as const))
    .action(async (opts: ReadOptions & { role?: string; status?: string; blocked?: boolean; flagged?: boolean; q?: string; sort?: string }) => {
      const api = await ctx.api()
      const { page, perPage, role, status, blocked, flagged, q, sort } = opts
      const list = await ctx.out.spin('loading users', api.users.list({ page, perPage, role, status, blocked, flagged, q, sort }).data())
      show(ctx, opts.json, list, (rows) => ctx.out.table(rows, userColumns, 'no users match'))
    })

  read(verb(users, 'show', 'Show one user account', ['marquee users show 12', 'marquee users show 12 --json']))
    .argument('<id>', 'user id', positiveInt)
    .action(async (id: number, opts: ReadOptions) => {
      const api = await ctx.api()
      show(ctx, opts.json, await ctx.out.spin('loading user', api.users.show(id).data()), (user) => printUser(ctx, user))
    })

  for (const decision of DECISIONS) {
    const command = mutation(verb(users, decision.name, decision.description, [decision.example]), decision.destructive).argument('<id>', 'user id', positiveInt)
    if (decision.reasonRequired) command.requiredOption('--reason <text>', 'why (at least 3 characters; kept in the audit log)')
    else command.option('--reason <text>', 'why (kept in the audit log)')
    command.action(async (id: number, opts: MutationFlags & { reason?: string }) => {
      const api = await ctx.api()
      await change(ctx, api.users.apply(id, decision.name, opts.reason), opts, `${decision.name} user ${id}`, (user: User) => ctx.out.success(`${decision.name}: ${user.email} is now ${describe(user)}`), decision.destructive)
    })
  }
}

export const describe = (user: User) => [user.status, user.blocked && 'blocked', user.flagged && 'flagged'].filter(Boolean).join(', ')
