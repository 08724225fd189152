import { HttpClient } from './api/client.js'
import type { Call } from './api/call.js'
import { MarqueeApi } from './api/marquee_api.js'
import { SessionCredentials } from './api/session_credentials.js'
import { ConfigStore, DEFAULT_PROFILE } from './config.js'
import { UsageError } from './errors.js'
import type { Io } from './io.js'
import { Output } from './output.js'
import { confirm } from './prompt.js'

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

/** What every command needs: streams, output, the config file and an API client for the chosen profile. */
export class Context {
  readonly out: Output
  readonly config: ConfigStore

  constructor(
    readonly io: Io,
    private globals: () => GlobalOptions
  ) {
    this.out = new Output(io)
    this.config = new ConfigStore(io.env)
  }

  get profile() {
    return this.globals().profile ?? this.io.env.MARQUEE_PROFILE ?? DEFAULT_PROFILE
  }

  /** `--server`, then `MARQUEE_SERVER`, then the profile's server. */
  async server() {
    const session = await this.config.profile(this.profile)
    return this.globals().server ?? this.io.env.MARQUEE_SERVER ?? session?.server
  }

  /**
   * The token comes from `--token`, then `MARQUEE_TOKEN`, then the profile's
   * stored login; `storedLogin` skips the first two (logout revokes the login it forgets).
   */
  async api({ storedLogin = false } = {}) {
    const session = await this.config.profile(this.profile)
    const server = await this.server()
    const token = storedLogin ? undefined : (this.globals().token ?? this.io.env.MARQUEE_TOKEN)
    if (!server) throw new UsageError(`no server for profile "${this.profile}": run "marquee login --server URL" or pass --server`)
    if (token) return new MarqueeApi(new HttpClient(server, { accessToken: async () => token }))
    if (!session?.accessToken) throw new Error(`not logged in (profile "${this.profile}"): run "marquee login --server ${server}"`)
    return new MarqueeApi(new HttpClient(server, new SessionCredentials({ ...session, server }, this.config, this.profile)))
  }

  /**
   * Sends a mutating call, unless `--dry-run` (then prints what it would
   * send). Destructive ones are confirmed first.
   */
  async mutate<T>(call: Call<T>, options: MutationOptions & { json?: boolean }): Promise<T | undefined> {
    if (options.dryRun) {
      const described = call.describe()
      if (options.json) this.out.json({ dryRun: true, ...described })
      else this.out.line(`dry run: would ${options.summary} (${described.method} ${described.url}${described.body ? ` ${JSON.stringify(described.body)}` : ''})`)
      return undefined
    }
    if (options.destructive && !options.yes) {
      if (!this.io.stdin.isTTY || !this.io.stderr.isTTY) throw new UsageError(`refusing to ${options.summary} without --yes (not a terminal)`)
      if (!(await confirm(this.io, `${options.summary[0].toUpperCase()}${options.summary.slice(1)}?`))) throw new Error('cancelled')
    }
    return this.out.spin(options.summary, call.data())
  }
}
