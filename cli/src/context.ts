import { HttpClient } from './api/client.js'
import type { Call } from './api/call.js'
import { MarqueeApi } from './api/marquee_api.js'
import { SessionCredentials } from './api/session_credentials.js'
import { ConfigStore, DEFAULT_PROFILE, type Session } from './config.js'
import { LoginRequiredError, UsageError } from './errors.js'
import type { Io } from './io.js'
import { Output, type JsonOptions } from './output.js'

export interface GlobalOptions {
  server?: string
  profile?: string
  token?: string
}

export interface MutationOptions {
  /** What the call does, in words: "approve user 12". */
  summary: string
  dryRun?: boolean
  /** Destructive calls ask on a terminal and need --yes otherwise. */
  destructive?: boolean
  yes?: boolean
}

/** What a mutation came to: the server's answer, or nothing sent (dry run, or "no" at the confirmation). */
export type Outcome<T> = { sent: true; result: T } | { sent: false }

/** An http(s) URL without trailing slashes; `127.0.0.1:3333` is refused with the URL it probably means. */
export function serverUrl(value: string, source = '--server') {
  const hint = /^[\w.-]+(:\d+)?(\/.*)?$/.test(value) ? ` (did you mean http://${value}?)` : ''
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`${source} "${value}" is not a URL${hint}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${source} "${value}" is not an http(s) URL${hint}`)
  return url.toString().replace(/\/+$/, '')
}

/** What every command needs: streams, output, the config file and an API client for the chosen profile. */
export class Context {
  readonly out: Output
  readonly config: ConfigStore
  /** Set by a command that reports a failure it has already printed (auth status). */
  exitCode?: number

  constructor(
    readonly io: Io,
    private globals: () => GlobalOptions
  ) {
    this.out = new Output(io)
    this.config = new ConfigStore(io.env)
  }

  get profile() {
    return this.globals().profile ?? (this.io.env.MARQUEE_PROFILE || DEFAULT_PROFILE)
  }

  /** `--server`, then `MARQUEE_SERVER`, then the profile's server. */
  async server(session?: Session) {
    const chosen = this.globals().server ?? (this.io.env.MARQUEE_SERVER || undefined)
    if (chosen) return serverUrl(chosen, this.globals().server ? '--server' : 'MARQUEE_SERVER')
    return (session ?? (await this.config.profile(this.profile)))?.server
  }

  tokenSource(): '--token' | 'MARQUEE_TOKEN' | 'profile' {
    if (this.globals().token) return '--token'
    return this.io.env.MARQUEE_TOKEN ? 'MARQUEE_TOKEN' : 'profile'
  }

  /** The expiries of the stored login as they are now (a request may just have refreshed it). */
  async storedExpiries() {
    const session = await this.config.profile(this.profile)
    return {
      accessTokenExpiresAt: session?.accessTokenExpiresAt ?? null,
      refreshTokenExpiresAt: session?.refreshTokenExpiresAt ?? null,
    }
  }

  /** The command that logs this profile in on `server`. */
  loginCommand(server: string) {
    return `marquee login --server ${server}${this.profile === DEFAULT_PROFILE ? '' : ` --profile ${this.profile}`}`
  }

  /**
   * The token comes from `--token`, then `MARQUEE_TOKEN`, then the profile's
   * stored login — and a stored login only ever goes to the server it was
   * made on: pointing the profile at another server needs a login there.
   */
  async api() {
    const session = await this.config.profile(this.profile)
    const server = await this.server(session)
    const token = this.globals().token ?? (this.io.env.MARQUEE_TOKEN || undefined)
    if (!server)
      throw new LoginRequiredError(
        `no server for profile "${this.profile}": run "marquee login --server URL${this.profile === DEFAULT_PROFILE ? '' : ` --profile ${this.profile}`}" or pass --server`
      )
    if (token) return new MarqueeApi(new HttpClient(server, { accessToken: async () => token }))
    if (session?.accessToken && session.server !== server) {
      throw new LoginRequiredError(
        `profile "${this.profile}" is logged in to ${session.server}, not ${server}: its tokens are never sent elsewhere; run "${this.loginCommand(server)}" (or use another --profile)`
      )
    }
    if (!session?.accessToken)
      throw new LoginRequiredError(
        `not logged in (profile "${this.profile}"): run "${this.loginCommand(server)}"`
      )
    return new MarqueeApi(
      new HttpClient(
        server,
        new SessionCredentials(
          session,
          this.config,
          this.profile,
          `run "${this.loginCommand(server)}"`
        )
      )
    )
  }

  /**
   * Sends a mutating call, unless `--dry-run` (then prints what it would
   * send). Destructive ones are confirmed first; a "no" changes nothing and
   * is not a failure.
   */
  async mutate<T>(call: Call<T>, options: MutationOptions & JsonOptions): Promise<Outcome<T>> {
    if (options.dryRun) {
      const described = call.describe()
      if (options.json || options.jq) await this.out.emit({ dryRun: true, ...described }, options)
      else
        this.out.line(
          `dry run: would ${options.summary} (${described.method} ${described.url}${described.body ? ` ${JSON.stringify(described.body)}` : ''})`
        )
      return { sent: false }
    }
    if (options.destructive && !options.yes && !(await this.confirmed(options.summary)))
      return { sent: false }
    return { sent: true, result: await this.out.spin(options.summary, call.data()) }
  }

  /** Asks on a terminal; off a terminal, --yes is required. */
  async confirmed(summary: string) {
    if (!this.io.stdin.isTTY || !this.io.stderr.isTTY)
      throw new UsageError(`refusing to ${summary} without --yes (not a terminal)`)
    const { confirm } = await import('./prompt.js')
    if (await confirm(this.io, `${summary[0].toUpperCase()}${summary.slice(1)}?`)) return true
    this.out.note('nothing changed')
    return false
  }
}
