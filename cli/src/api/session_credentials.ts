import type { ConfigStore, Session } from '../config.js'
import type { TokenPair } from './types.js'
import { HttpClient, type Credentials } from './client.js'

/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const EARLY_REFRESH_MS = 30_000

export const sessionTokens = (tokens: TokenPair) => ({
  accessToken: tokens.accessToken,
  accessTokenExpiresAt: tokens.accessTokenExpiresAt,
  refreshToken: tokens.refreshToken,
  refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
})

/**
 * The stored login of a profile. An expired (or refused) access token is
 * exchanged for a new pair with the refresh token and saved; refresh tokens
 * rotate, and reusing an old one revokes the login, so concurrent requests
 * share one refresh.
 */
export class SessionCredentials implements Credentials {
  #refreshing?: Promise<boolean>

  constructor(
    private session: Session,
    private store: ConfigStore,
    private profile: string
  ) {}

  async accessToken() {
    const expiresAt = this.session.accessTokenExpiresAt ? Date.parse(this.session.accessTokenExpiresAt) : Number.POSITIVE_INFINITY
    if (expiresAt - Date.now() < EARLY_REFRESH_MS) await this.refresh(this.session.accessToken)
    return this.session.accessToken
  }

  /** `staleToken` is the token a request was refused with: if it was replaced meanwhile, retry with the new one. */
  async refresh(staleToken?: string) {
    if (staleToken !== this.session.accessToken) return true
    if (!this.session.refreshToken) return false
    this.#refreshing ??= this.rotate(this.session.refreshToken).finally(() => (this.#refreshing = undefined))
    return this.#refreshing
  }

  private async rotate(refreshToken: string) {
    const anonymous = new HttpClient(this.session.server)
    const { data } = await anonymous.request<TokenPair>('POST', '/api/v1/auth/refresh', { body: { refreshToken }, anonymous: true })
    this.session = { ...this.session, ...sessionTokens(data) }
    await this.store.saveProfile(this.profile, this.session)
    return true
  }
}
