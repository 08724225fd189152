import type { ConfigStore, Session } from '../config.js'
import type { TokenPair } from './types.js'
import { ApiError, LoginRequiredError } from '../errors.js'
import { HttpClient, type Credentials } from './client.js'

/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const EARLY_REFRESH_MS = 30_000

export const sessionTokens = (tokens: TokenPair) => ({
  accessToken: tokens.accessToken,
  accessTokenExpiresAt: tokens.accessTokenExpiresAt,
  refreshToken: tokens.refreshToken,
  refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
})

const dueForRefresh = (session: Session) =>
  session.accessTokenExpiresAt !== undefined &&
  Date.parse(session.accessTokenExpiresAt) - Date.now() < EARLY_REFRESH_MS

/**
 * The stored login of a profile, sent only to the server it came from. An
 * expiring (or refused) access token is exchanged for a new pair with the
 * refresh token. Refresh tokens rotate and the server revokes the whole login
 * when one is reused, so the exchange happens under the config file's lock and
 * starts by reading the profile again: a process that waited for the lock
 * finds the pair another process just stored, and uses it.
 */
export class SessionCredentials implements Credentials {
  #refreshing?: Promise<boolean>

  constructor(
    private session: Session,
    private store: ConfigStore,
    private profile: string,
    /** The command that logs in again, for when the server refuses the refresh token. */
    private loginHint: string
  ) {}

  async accessToken() {
    if (dueForRefresh(this.session)) await this.refresh(this.session.accessToken)
    return this.session.accessToken
  }

  /** `staleToken` is the token a request was refused with: if it was replaced meanwhile, retry with the new one. */
  async refresh(staleToken?: string) {
    if (staleToken !== this.session.accessToken) return true
    this.#refreshing ??= this.renew(staleToken).finally(() => (this.#refreshing = undefined))
    return this.#refreshing
  }

  private renew(staleToken: string | undefined) {
    return this.store.updateProfile(this.profile, async (stored) => {
      const ours = stored?.server === this.session.server ? stored : undefined
      if (ours?.accessToken && ours.accessToken !== staleToken && !dueForRefresh(ours)) {
        this.session = ours
        return { session: stored, result: true }
      }
      if (!ours?.refreshToken) return { session: stored, result: false }
      const anonymous = new HttpClient(ours.server)
      const { data } = await anonymous
        .request<TokenPair>('POST', '/api/v1/auth/refresh', {
          body: { refreshToken: ours.refreshToken },
          anonymous: true,
        })
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 401)
            throw new LoginRequiredError(
              `the login of profile "${this.profile}" expired or was revoked (${error.message}): ${this.loginHint}`
            )
          throw error
        })
      this.session = { ...ours, ...sessionTokens(data) }
      return { session: this.session, result: true }
    })
  }
}
