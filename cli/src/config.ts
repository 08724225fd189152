import { chmod, mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** What `marquee login` stores for one profile: one account on one server, whose tokens are only ever sent there. */
export interface Session {
  server: string
  email?: string
  accessToken?: string
  accessTokenExpiresAt?: string
  refreshToken?: string
  refreshTokenExpiresAt?: string
}

export interface ConfigFile {
  profiles: Record<string, Session>
}

export const DEFAULT_PROFILE = 'default'

/** A lock older than this was left by a process that died while holding it (a refresh takes a second or two). */
const STALE_LOCK_MS = 15_000
const LOCK_TIMEOUT_MS = 30_000

/**
 * `$XDG_CONFIG_HOME/marquee/config.json` (default `~/.config`), readable by its
 * owner only: it holds tokens. Every change happens under an exclusive lock
 * file next to it, so CLI processes running in parallel neither lose each
 * other's writes nor refresh the same login twice.
 */
export class ConfigStore {
  readonly path: string

  constructor(env: Record<string, string | undefined>) {
    const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config')
    this.path = join(base, 'marquee', 'config.json')
  }

  get lockPath() {
    return `${this.path}.lock`
  }

  async read(): Promise<ConfigFile> {
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as Partial<ConfigFile>
      return { profiles: parsed.profiles ?? {} }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} }
      throw new Error(`cannot read ${this.path}: ${(error as Error).message}`)
    }
  }

  async profile(name: string): Promise<Session | undefined> {
    const config = await this.read()
    return config.profiles[name]
  }

  /**
   * Runs `work` holding the lock, with the profile as it is on disk once the
   * lock is held; what `work` returns as `session` is saved (undefined removes
   * the profile) before the lock is released.
   */
  async updateProfile<T>(
    name: string,
    work: (current: Session | undefined) => Promise<{ session: Session | undefined; result: T }>
  ): Promise<T> {
    return this.locked(async () => {
      const config = await this.read()
      const { session, result } = await work(config.profiles[name])
      if (session) config.profiles[name] = session
      else delete config.profiles[name]
      await this.write(config)
      return result
    })
  }

  saveProfile(name: string, session: Session) {
    return this.updateProfile(name, async () => ({ session, result: undefined }))
  }

  /**
   * An exclusive lock file (created with O_EXCL, so exactly one process wins);
   * the others wait. A lock whose owner died is taken over once stale.
   */
  private async locked<T>(work: () => Promise<T>): Promise<T> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 })
    const deadline = Date.now() + LOCK_TIMEOUT_MS
    let delay = 5
    for (;;) {
      try {
        const handle = await open(this.lockPath, 'wx', 0o600)
        await handle.writeFile(String(process.pid))
        await handle.close()
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        if (await this.lockIsStale()) {
          await unlink(this.lockPath).catch(() => undefined)
          continue
        }
        if (Date.now() > deadline)
          throw new Error(
            `${this.lockPath} stays locked by another marquee process; remove it if none is running`
          )
        await sleep(delay)
        delay = Math.min(delay * 2, 100)
      }
    }
    try {
      return await work()
    } finally {
      await unlink(this.lockPath).catch(() => undefined)
    }
  }

  private async lockIsStale() {
    try {
      const [info, owner] = await Promise.all([
        stat(this.lockPath),
        readFile(this.lockPath, 'utf8'),
      ])
      if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true
      const pid = Number(owner)
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false
      try {
        process.kill(pid, 0)
        return false
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH'
      }
    } catch {
      return false
    }
  }

  /** Written to a temporary file, then renamed, so a crash never leaves half a file. */
  private async write(config: ConfigFile) {
    const temporary = `${this.path}.${process.pid}.tmp`
    await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
    await chmod(temporary, 0o600)
    await rename(temporary, this.path)
  }
}
