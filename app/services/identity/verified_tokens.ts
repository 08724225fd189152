/** Longest time a verified token and its member are answered from memory. */
export const VERIFIED_TOKEN_TTL_MS = 5000
/** Most tokens remembered per process; the oldest go first past it. */
const MAX_ENTRIES = 20_000

/** What a revocation drops: tokens by id, every token of a member, every token of a login (family). */
export interface Revocation {
  tokens?: (string | number)[]
  users?: number[]
  families?: string[]
}

/** The token row and its member's row as the joined query read them. */
export interface VerifiedRows {
  token: Record<string, unknown>
  user: Record<string, unknown>
  /**
   * What the provider derives from the rows once per entry (the parsed token
   * and a model of the member that each request copies), so a request does
   * not parse timestamps and hydrate a model again; dropped with the entry.
   */
  prepared?: unknown
}

interface Entry extends VerifiedRows {
  tokenId: string
  userId: number
  family: string | null
  until: number
  /** The bearer value that last verified against the row's hash (see `recallBearer`). */
  bearer?: string
}

/**
 * The auth fast path's memory: the rows of a token that verified, by token id,
 * for at most VERIFIED_TOKEN_TTL_MS. Rows, not models: every request builds
 * its own token and member from them, so nothing a request changes reaches
 * another. Each request still checks the secret against the hash and the
 * expiry. A revocation drops the entries it names at once (see
 * session_revocations.ts), and bumps the epoch: a read that started before it
 * may answer its own request, but is not remembered.
 */
export class VerifiedTokens {
  #entries = new Map<string, Entry>()
  /** Bearer value → token id, for entries whose `bearer` is set. */
  #bearers = new Map<string, string>()
  #epoch = 0

  /** Changes with every drop; pass the value read before a lookup to `remember`. */
  get epoch() {
    return this.#epoch
  }

  get size() {
    return this.#entries.size
  }

  recall(tokenId: string, now = Date.now()): VerifiedRows | undefined {
    const entry = this.#entries.get(tokenId)
    if (!entry) return undefined
    if (entry.until > now) return entry
    this.#delete(tokenId)
    return undefined
  }

  /**
   * The entry a bearer value verified for, by the exact value: a request
   * sending a value that matched the token's hash within the entry's life
   * needs neither decoding nor hashing again (the same secret matches the
   * same hash). Anything else (another value, a dropped or expired entry)
   * answers undefined, and the caller decodes and checks the hash.
   */
  recallBearer(bearer: string, now = Date.now()): (VerifiedRows & { tokenId: string }) | undefined {
    const tokenId = this.#bearers.get(bearer)
    if (tokenId === undefined) return undefined
    const entry = this.recall(tokenId, now) as Entry | undefined
    if (entry?.bearer === bearer) return entry
    if (this.#bearers.get(bearer) === tokenId) this.#bearers.delete(bearer)
    return undefined
  }

  /** Records that `bearer` matched the hash of the remembered token `tokenId` (no-op when the entry is gone). */
  rememberBearer(tokenId: string, bearer: string) {
    const entry = this.#entries.get(tokenId)
    if (!entry || entry.bearer === bearer) return
    if (entry.bearer !== undefined) this.#bearers.delete(entry.bearer)
    entry.bearer = bearer
    this.#bearers.set(bearer, tokenId)
  }

  remember(tokenId: string, rows: VerifiedRows, epoch: number, now = Date.now()) {
    if (epoch !== this.#epoch) return
    if (this.#entries.size >= MAX_ENTRIES) {
      for (const [id, entry] of this.#entries) if (entry.until <= now) this.#delete(id)
      if (this.#entries.size >= MAX_ENTRIES) this.#delete(this.#entries.keys().next().value!)
    }
    this.#delete(tokenId)
    this.#entries.set(tokenId, {
      ...rows,
      tokenId,
      userId: Number(rows.token.tokenable_id),
      family: typeof rows.token.name === 'string' ? rows.token.name : null,
      until: now + VERIFIED_TOKEN_TTL_MS,
    })
  }

  drop(revocation: Revocation) {
    this.#epoch++
    const tokens = new Set((revocation.tokens ?? []).map(String))
    const users = new Set(revocation.users ?? [])
    const families = new Set(revocation.families ?? [])
    for (const id of tokens) this.#delete(id)
    if (!users.size && !families.size) return
    for (const [id, entry] of this.#entries) {
      if (users.has(entry.userId) || (entry.family !== null && families.has(entry.family)))
        this.#delete(id)
    }
  }

  clear() {
    this.#epoch++
    this.#entries.clear()
    this.#bearers.clear()
  }

  #delete(tokenId: string) {
    const entry = this.#entries.get(tokenId)
    if (!entry) return
    if (entry.bearer !== undefined && this.#bearers.get(entry.bearer) === tokenId)
      this.#bearers.delete(entry.bearer)
    this.#entries.delete(tokenId)
  }
}

/** The process's one instance (module state, like the provider that reads it). */
export const verifiedTokens = new VerifiedTokens()
