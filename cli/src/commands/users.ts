import type { Command } from 'commander'
import type { User, UserActivity } from '../api/types.js'
import type { Context } from '../context.js'
import {
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

export const userColumns = [
  { label: 'id', value: (u: User) => u.id },
  { label: 'email', value: (u: User) => u.email },
  { label: 'name', value: (u: User) => u.fullName },
  { label: 'role', value: (u: User) => u.role },
  { label: 'status', value: (u: User) => u.status },
  { label: 'company', value: (u: User) => u.sponsorProfile?.companyName },
  {
    label: 'flags',
    value: (u: User) =>
      [u.blocked && 'blocked', u.flagged && 'flagged'].filter(Boolean).join(',') || null,
  },
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

interface DecisionSpec {
  name: Decision
  description: string
  reasonRequired: boolean
  destructive: boolean
  example: string
  /** The state the decision leads to, in words, and whether the user is in it already. */
  state: string
  holds: (user: User) => boolean
}

const DECISIONS: DecisionSpec[] = [
  {
    name: 'block',
    description: 'Block a user: they cannot log in and their content is hidden',
    reasonRequired: true,
    destructive: true,
    example: 'marquee users block 12 --reason "spam account" --yes',
    state: 'already blocked',
    holds: (u) => u.blocked,
  },
  {
    name: 'unblock',
    description: 'Unblock a user',
    reasonRequired: false,
    destructive: false,
    example: 'marquee users unblock 12',
    state: 'not blocked',
    holds: (u) => !u.blocked,
  },
  {
    name: 'flag',
    description: 'Flag a user for admins to watch',
    reasonRequired: true,
    destructive: false,
    example: 'marquee users flag 12 --reason "suspicious reviews"',
    state: 'already flagged',
    holds: (u) => u.flagged,
  },
  {
    name: 'unflag',
    description: 'Remove the flag of a user',
    reasonRequired: false,
    destructive: false,
    example: 'marquee users unflag 12 --dry-run',
    state: 'not flagged',
    holds: (u) => !u.flagged,
  },
]

export function registerUsers(program: Command, ctx: Context) {
  const users = noun(program, 'users', 'List, inspect, block and flag user accounts', [
    'marquee users list --role sponsor',
    'marquee users block 12 --reason "spam" --yes',
  ])

  paged(
    verb(users, 'list', 'List users, newest first, with filters', [
      'marquee users list --status pending --role sponsor',
      'marquee users list --q maya --json',
    ])
  )
    .option(
      '--role <role>',
      'admin, sponsor, influencer or shopper',
      oneOf(['admin', 'sponsor', 'influencer', 'shopper'] as const)
    )
    .option(
      '--status <status>',
      'active, pending or rejected',
      oneOf(['active', 'pending', 'rejected'] as const)
    )
    .option('--blocked', 'only blocked users')
    .option('--flagged', 'only flagged users')
    .option('--q <text>', 'search e-mail and name')
    .option(
      '--sort <order>',
      'newest, oldest, email or name',
      oneOf(['newest', 'oldest', 'email', 'name'] as const)
    )
    .action(
      async (
        opts: ReadOptions & {
          role?: string
          status?: string
          blocked?: boolean
          flagged?: boolean
          q?: string
          sort?: string
        }
      ) => {
        const api = await ctx.api()
        const { role, status, blocked, flagged, q, sort } = opts
        const listing = await fetchList(ctx, opts, 'users', (page) =>
          api.users.list({ ...page, role, status, blocked, flagged, q, sort })
        )
        await showList(ctx, opts, listing, userColumns, 'no users match')
      }
    )

  read(
    verb(
      users,
      'show',
      'Show one user account with a summary of its activity and of the reports by and about it',
      ['marquee users show 12', 'marquee users show 12 --json id,email,activity']
    )
  )
    .argument('<id>', 'user id', positiveInt)
    .action(async (id: number, opts: ReadOptions) => {
      const api = await ctx.api()
      const [user, activity] = await ctx.out.spin(
        'loading user',
        Promise.all([api.users.show(id).data(), api.users.activity(id).data()])
      )
      await show(ctx, opts, { ...user, activity }, () => {
        printUser(ctx, user)
        printActivity(ctx, activity)
      })
    })

  for (const decision of DECISIONS) {
    const command = mutation(
      verb(users, decision.name, decision.description, [decision.example]),
      decision.destructive
    ).argument('<id>', 'user id', positiveInt)
    if (decision.reasonRequired)
      command.requiredOption(
        '--reason <text>',
        'why (at least 3 characters; kept in the audit log)'
      )
    else command.option('--reason <text>', 'why (kept in the audit log)')
    command.action(async (id: number, opts: MutationFlags & { reason?: string }) => {
      const api = await ctx.api()
      const current = async () => {
        const user = await api.users.show(id).data()
        return {
          value: user,
          already: decision.holds(user) ? `user ${id} is ${decision.state}` : undefined,
        }
      }
      await settle(
        ctx,
        api.users.apply(id, decision.name, opts.reason),
        opts,
        `${decision.name} user ${id}`,
        (user: User) => ctx.out.success(`${decision.name}: ${user.email} is now ${describe(user)}`),
        current,
        decision.destructive
      )
    })
  }
}

function printActivity(ctx: Context, a: UserActivity) {
  ctx.out.line()
  ctx.out.fields([
    [
      'content',
      `${a.content.plans} plans, ${a.content.comments} comments, ${a.content.customTasks} custom tasks, ${a.content.campaigns} campaigns, ${a.content.products} products, ${a.content.messages} messages (${a.content.hidden} hidden)`,
    ],
    ['ad requests', a.adRequests],
    ['purchases', a.purchases],
    ['followers', a.followers],
    [
      'reports filed',
      `${a.reportsFiled.total} (${a.reportsFiled.upheld} upheld, ${a.reportsFiled.dismissed} dismissed), credibility ${a.credibility}`,
    ],
    [
      'reports about',
      `${a.reportsAbout.open} open, ${a.reportsAbout.resolved} resolved, ${a.reportsAbout.dismissed} dismissed`,
    ],
    ['warnings', a.warnings],
    [
      'last admin action',
      a.lastAdminAction ? `${a.lastAdminAction.action} at ${a.lastAdminAction.createdAt}` : null,
    ],
  ])
}

export const describe = (user: User) =>
  [user.status, user.blocked && 'blocked', user.flagged && 'flagged'].filter(Boolean).join(', ')
