import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/** What `marquee login` stores for one profile (one server and account). */
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

/** `$XDG_CONFIG_HOME/marquee/config.json` (default `~/.config`), readable by its owner only: it holds tokens. */
export class ConfigStore {
  readonly path: string

  constructor(env: Record<string, string | undefined>) {
    const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config')
    this.path = join(base, 'marquee', 'config.json')
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
    return (await this.read()).profiles[name]
  }

  async saveProfile(name: string, session: Session) {
    const config = await this.read()
    config.profiles[name] = session
    await this.write(config)
  }

  async removeProfile(name: string) {
    const config = await this.read()
    delete config.profiles[name]
    await this.write(config)
  }

  /** Written to a temporary file, then renamed, so a crash never leaves half a file. */
  private async write(config: ConfigFile) {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 })
    const temporary = `${this.path}.${process.pid}.tmp`
    await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
    await chmod(temporary, 0o600)
    await rename(temporary, this.path)
  }
}
