import type { Command } from 'commander'
import { TARGET_TYPES, type Rule } from '../api/types.js'
import type { Context } from '../context.js'
import { UsageError } from '../errors.js'
import {
  change,
  list,
  mutation,
  noun,
  oneOf,
  positiveInt,
  read,
  show,
  showList,
  someOf,
  verb,
  whole,
  type MutationFlags,
  type ReadOptions,
} from './shared.js'

const KINDS = ['keyword', 'regex', 'threshold'] as const
const ACTIONS = ['flag', 'hide', 'block'] as const

const ruleColumns = [
  { label: 'id', value: (r: Rule) => r.id },
  { label: 'name', value: (r: Rule) => r.name },
  { label: 'kind', value: (r: Rule) => r.kind },
  {
    label: 'matches',
    value: (r: Rule) =>
      r.kind === 'keyword'
        ? r.keywords.join(',')
        : r.kind === 'regex'
          ? r.pattern
          : `${r.thresholdCount} reports / ${r.thresholdMinutes} min`,
  },
  {
    label: 'targets',
    value: (r: Rule) => (r.targetTypes.length ? r.targetTypes.join(',') : 'all'),
  },
  { label: 'action', value: (r: Rule) => r.action },
  { label: 'enabled', value: (r: Rule) => r.enabled },
]

interface AddOptions extends MutationFlags {
  name: string
  kind: (typeof KINDS)[number]
  keywords?: string[]
  pattern?: string
  targets?: string[]
  thresholdCount?: number
  thresholdMinutes?: number
  action: (typeof ACTIONS)[number]
  disabled?: boolean
}

function ruleBody(opts: AddOptions) {
  if (opts.kind === 'keyword' && !opts.keywords?.length)
    throw new UsageError('a keyword rule needs --keywords')
  if (opts.kind === 'regex' && !opts.pattern) throw new UsageError('a regex rule needs --pattern')
  if (opts.pattern) {
    try {
      new RegExp(opts.pattern)
    } catch (error) {
      throw new UsageError(
        `--pattern is not a valid regular expression: ${(error as Error).message}`
      )
    }
  }
  if (opts.kind === 'threshold' && (!opts.thresholdCount || !opts.thresholdMinutes))
    throw new UsageError('a threshold rule needs --threshold-count and --threshold-minutes')
  return {
    name: opts.name,
    kind: opts.kind,
    action: opts.action,
    enabled: !opts.disabled,
    ...(opts.keywords ? { keywords: opts.keywords } : {}),
    ...(opts.pattern ? { pattern: opts.pattern } : {}),
    ...(opts.targets ? { targetTypes: opts.targets } : {}),
    ...(opts.thresholdCount ? { thresholdCount: opts.thresholdCount } : {}),
    ...(opts.thresholdMinutes ? { thresholdMinutes: opts.thresholdMinutes } : {}),
  }
}

export function registerRules(program: Command, ctx: Context) {
  const rules = noun(
    program,
    'rules',
    'Auto-moderation rules: keywords, patterns and report thresholds that hide or queue content',
    [
      'marquee rules list',
      'marquee rules add --name "No casinos" --kind keyword --keywords casino,jackpot --action hide',
    ]
  )
  const saved = (verbPast: string) => (rule: Rule) =>
    ctx.out.success(
      `${verbPast} rule ${rule.id} "${rule.name}" (${rule.kind} → ${rule.action}${rule.enabled ? '' : ', disabled'})`
    )

  read(
    verb(rules, 'list', 'List the auto-moderation rules', [
      'marquee rules list',
      'marquee rules list --json id,name,enabled',
    ])
  ).action(async (opts: ReadOptions) => {
    const api = await ctx.api()
    await showList(
      ctx,
      opts,
      whole(await ctx.out.spin('loading rules', api.rules.list().data())),
      ruleColumns,
      'no rules'
    )
  })

  mutation(
    verb(rules, 'add', 'Add an auto-moderation rule', [
      'marquee rules add --name "No casinos" --kind keyword --keywords casino,jackpot --action hide',
      'marquee rules add --name "Report storm" --kind threshold --threshold-count 5 --threshold-minutes 60 --action flag --targets plan,comment',
    ])
  )
    .requiredOption('--name <name>', 'rule name')
    .requiredOption('--kind <kind>', KINDS.join(', '), oneOf(KINDS))
    .requiredOption('--action <action>', ACTIONS.join(', '), oneOf(ACTIONS))
    .option('--keywords <list>', 'comma-separated keywords (keyword rules)', list)
    .option('--pattern <regex>', 'regular expression (regex rules)')
    .option(
      '--targets <list>',
      `comma-separated target types: ${TARGET_TYPES.join(', ')} (default: all)`,
      someOf(TARGET_TYPES)
    )
    .option('--threshold-count <n>', 'reports that trigger the rule (threshold rules)', positiveInt)
    .option('--threshold-minutes <n>', 'within this many minutes (threshold rules)', positiveInt)
    .option('--disabled', 'create it disabled')
    .action(async (opts: AddOptions) => {
      const api = await ctx.api()
      await change(
        ctx,
        api.rules.add(ruleBody(opts)),
        opts,
        `add rule "${opts.name}"`,
        saved('Added')
      )
    })

  for (const [name, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    mutation(
      verb(rules, name, `${name === 'enable' ? 'Enable' : 'Disable'} a rule`, [
        `marquee rules ${name} 4`,
      ])
    )
      .argument('<id>', 'rule id', positiveInt)
      .action(async (id: number, opts: MutationFlags) => {
        const api = await ctx.api()
        const all = await ctx.out.spin('loading rules', api.rules.list().data())
        const rule = all.find((r) => r.id === id)
        if (rule?.enabled === enabled) {
          ctx.out.note(`rule ${id} is already ${enabled ? 'enabled' : 'disabled'}: nothing to do`)
          if (opts.json || opts.jq) await ctx.out.emit(rule, opts)
          return
        }
        await change(
          ctx,
          api.rules.update(id, { enabled }),
          opts,
          `${name} rule ${id}`,
          saved(enabled ? 'Enabled' : 'Disabled')
        )
      })
  }

  mutation(verb(rules, 'remove', 'Delete a rule for good', ['marquee rules remove 4 --yes']), true)
    .argument('<id>', 'rule id', positiveInt)
    .action(async (id: number, opts: MutationFlags) => {
      const api = await ctx.api()
      const outcome = await ctx.mutate(api.rules.remove(id), {
        ...opts,
        summary: `remove rule ${id}`,
        destructive: true,
      })
      if (outcome.sent)
        await show(ctx, opts, { id, removed: true }, () => ctx.out.success(`Removed rule ${id}`))
    })
}
