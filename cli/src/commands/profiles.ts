import type { Command } from 'commander'
import type { Session } from '../config.js'
import type { Context } from '../context.js'
import { noun, read, showList, verb, whole, type ReadOptions } from './shared.js'

export interface ProfileRow {
  name: string
  current: boolean
  server: string
  email: string | null
  loggedIn: boolean
  refreshTokenExpiresAt: string | null
}

/** What the config file says of a profile; no token ever leaves it. */
export const profileRow = (name: string, session: Session, current: string): ProfileRow => ({
  name,
  current: name === current,
  server: session.server,
  email: session.email ?? null,
  loggedIn:
    Boolean(session.refreshToken ?? session.accessToken) &&
    !(session.refreshTokenExpiresAt && Date.parse(session.refreshTokenExpiresAt) < Date.now()),
  refreshTokenExpiresAt: session.refreshTokenExpiresAt ?? null,
})

export function registerProfiles(program: Command, ctx: Context) {
  const profiles = noun(
    program,
    'profiles',
    'The profiles of the config file: one login (server and account) each',
    ['marquee profiles list']
  )

  read(
    verb(
      profiles,
      'list',
      'List the profiles with their server and account, the current one marked with *',
      ['marquee profiles list', 'marquee profiles list --json name,server,loggedIn']
    )
  ).action(async (opts: ReadOptions) => {
    const { profiles: stored } = await ctx.config.read()
    const rows = Object.entries(stored)
      .map(([name, session]) => profileRow(name, session, ctx.profile))
      .sort((a, b) => a.name.localeCompare(b.name))
    await showList(
      ctx,
      opts,
      whole(rows),
      [
        { label: ' ', value: (r) => (r.current ? '*' : '') },
        { label: 'profile', value: (r) => r.name },
        { label: 'server', value: (r) => r.server },
        { label: 'account', value: (r) => r.email },
        { label: 'logged in', value: (r) => r.loggedIn },
        { label: 'login expires', value: (r) => r.refreshTokenExpiresAt },
      ],
      `no profiles in ${ctx.config.path}: run "marquee login --server URL"`
    )
  })
}
