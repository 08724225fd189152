import type { HttpContext } from '@adonisjs/core/http'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel, LucidRow } from '@adonisjs/lucid/types/model'
import {
  AccessToken,
  AccessTokensGuard,
  AccessTokensLucidUserProvider,
  DbAccessTokensProvider,
} from '@adonisjs/auth/access_tokens'
import type {
  AccessTokensLucidUserProviderOptions,
  DbAccessTokensProviderOptions,
  LucidTokenable,
} from '@adonisjs/auth/types/access_tokens'
import type { AccessTokenDbColumns } from '@adonisjs/auth/types/access_tokens'
import type { GuardConfigProvider } from '@adonisjs/auth/types'
import type { EventsList } from '@adonisjs/core/types'
import { fromSqlTime, sqlTime } from '#platform/db/time'
import { type VerifiedRows, verifiedTokens } from '#services/identity/verified_tokens'

/** `last_used_at` is written at most this often per token (and per process). */
export const TOUCH_EVERY_MS = 60_000
/** Past this many remembered tokens, the ones not touched within TOUCH_EVERY_MS are forgotten. */
const REMEMBERED_MAX = 5000
/** Prefix of the user's columns in the joined token query. */
const USER = 'u__'
/** auth_access_tokens.id is a 32-bit serial: a larger id names no token (and would fail the query it joins). */
const MAX_TOKEN_ID = 2_147_483_647
/** Most token ids read in one coalesced query. */
const LOOKUP_BATCH_MAX = 200

/** A remembered token's parsed row and its member's model, built once per remembered entry. */
interface Prepared {
  token: AccessToken
  member: LucidRow
}

/** A deep copy of JSON data (plain objects, arrays, scalars). */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(copyJson)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    copy[key] = copyJson((value as Record<string, unknown>)[key])
  return copy
}

/** A copy of a model's attribute bag: JSON values (plain objects, arrays) deep, the rest (scalars, immutable DateTimes) as they are. */
function copyValues(values: Record<string, unknown>) {
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(values)) {
    const value = values[key]
    copy[key] =
      value !== null &&
      typeof value === 'object' &&
      (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)
        ? copyJson(value)
        : value
  }
  return copy
}

interface PendingLookup {
  resolve: (row: Record<string, unknown> | undefined) => void
  reject: (error: unknown) => void
}

/**
 * The database access tokens of @adonisjs/auth, verified with one read per
 * request. The stock provider writes `last_used_at` on every request, before
 * checking the secret: one UPDATE and commit per request, all requests of a
 * token queueing on the lock of its row (a client sending 50 requests at once
 * waits for 50 commits), then the guard reads the user in a second query.
 * Here one query reads the token row joined with its user; the secret is
 * checked against the SHA-256 hash and the expiry checked first, and
 * `last_used_at` is refreshed only when older than a minute (accurate to the
 * minute). A token that verified is remembered with its member's row for at
 * most 5 s (verified_tokens.ts), so a client's next requests skip the query;
 * every revocation (logout, family revocation, block, password change, role
 * or status change, deletion) drops it at once in every process
 * (session_revocations.ts), and the secret and expiry are checked on every
 * request.
 *
 * Lookups are coalesced: the token ids asked for while the event loop handles
 * one batch of incoming requests are read together, in one query right after
 * it (setImmediate), instead of one round trip per request. Every request
 * still gets its token and user from a read that started after it asked;
 * only the round trip, and its socket writes, are shared.
 */
export class AccessTokensProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  static forModel<TokenableModel extends LucidModel>(
    model: DbAccessTokensProviderOptions<TokenableModel>['tokenableModel'],
    options?: Omit<DbAccessTokensProviderOptions<TokenableModel>, 'tokenableModel'>
  ) {
    return new AccessTokensProvider<TokenableModel>({ tokenableModel: model, ...(options ?? {}) })
  }

  /** When this process last wrote `last_used_at` of a token, by token id. */
  #touchedAt = new Map<string, number>()
  /** Token ids waiting for the next coalesced read, each with the requests that asked for it. */
  #pending = new Map<string, PendingLookup[]>()

  /**
   * The stock insert, with the timestamps bound through sqlTime like every
   * other timestamp: the stock one binds Dates, which SQLite stores as epoch
   * milliseconds that no text timestamp compares with.
   */
  async create(
    user: InstanceType<TokenableModel>,
    abilities: string[] = ['*'],
    options?: { name?: string; expiresIn?: string | number }
  ) {
    const transient = AccessToken.createTransientToken(
      user.$primaryKeyValue!,
      this.tokenSecretLength,
      options?.expiresIn || this.options.expiresIn
    )
    const db = await this.getDb()
    const now = new Date()
    const row = {
      tokenable_id: transient.userId,
      type: this.type,
      name: options?.name || null,
      hash: transient.hash,
      abilities: JSON.stringify(abilities),
      created_at: sqlTime(now, db),
      updated_at: sqlTime(now, db),
      last_used_at: null,
      expires_at: transient.expiresAt ? sqlTime(transient.expiresAt, db) : null,
    }
    const [inserted] = await db.table(this.table).insert(row).returning('id')
    return new AccessToken({
      identifier: typeof inserted === 'object' ? inserted.id : inserted,
      tokenableId: transient.userId,
      type: this.type,
      prefix: this.prefix,
      secret: transient.secret,
      name: row.name,
      hash: transient.hash,
      abilities,
      createdAt: now,
      updatedAt: now,
      lastUsedAt: null,
      expiresAt: transient.expiresAt ?? null,
    })
  }

  /** Timestamps as Dates whatever the database returned (SQLite returns text). */
  protected dbRowToAccessToken(row: AccessTokenDbColumns) {
    const time = (value: unknown) =>
      value === null || value === undefined
        ? null
        : fromSqlTime(value as Date | string | number).toJSDate()
    return super.dbRowToAccessToken({
      ...row,
      created_at: time(row.created_at)!,
      updated_at: time(row.updated_at)!,
      last_used_at: time(row.last_used_at),
      expires_at: time(row.expires_at),
    })
  }

  async verify(tokenValue: Secret<string>): Promise<AccessToken | null> {
    const found = await this.verifyWithUser(tokenValue)
    return found?.token ?? null
  }

  /** The valid, unexpired token and its user, read in one query; null for anything else. */
  async verifyWithUser(
    tokenValue: Secret<string>
  ): Promise<{ token: AccessToken; user: InstanceType<TokenableModel> } | null> {
    const bearer = tokenValue.release()
    // The exact value that matched this entry's hash: no decoding, no hashing (expiry still checked).
    const known = verifiedTokens.recallBearer(bearer)
    if (known) {
      const found = this.#fromEntry(known)
      if (!found.token.isExpired()) return this.#touched(found)
    }
    const decoded = AccessToken.decode(this.prefix, bearer)
    // Token ids are serial integers: anything else names no token (and must not reach the integer column).
    if (!decoded || !/^\d{1,10}$/.test(decoded.identifier)) return null
    const id = Number(decoded.identifier)
    if (id > MAX_TOKEN_ID) return null
    const key = String(id)
    const remembered = verifiedTokens.recall(key)
    if (remembered) {
      const found = this.#fromEntry(remembered)
      if (found.token.verify(decoded.secret) && !found.token.isExpired()) {
        verifiedTokens.rememberBearer(key, bearer)
        return this.#touched(found)
      }
    }
    // A remembered row whose secret does not match is read again: the id may name a newer token.
    const epoch = verifiedTokens.epoch
    const row = await this.#lookup(key)
    if (!row) return null
    const rows: VerifiedRows = { token: {}, user: {} }
    for (const [column, value] of Object.entries(row)) {
      if (column.startsWith(USER)) rows.user[column.slice(USER.length)] = value
      else rows.token[column] = value
    }
    const token = this.#verified(rows, decoded.secret)
    if (!token) return null
    verifiedTokens.remember(key, rows, epoch)
    verifiedTokens.rememberBearer(key, bearer)
    return { token: await this.#touch(token), user: this.#member(rows) }
  }

  /** A request's own copies of a remembered entry's token and member (parsed and hydrated once per entry). */
  #fromEntry(entry: VerifiedRows) {
    const prepared = (entry.prepared ??= this.#prepare(entry)) as Prepared
    return {
      token: this.#copyToken(prepared.token),
      user: this.#copyMember(prepared.member) as InstanceType<TokenableModel>,
    }
  }

  /** `found`, once `last_used_at` is written where it is due (no extra turn of the event loop when it is not). */
  #touched<T extends { token: AccessToken }>(found: T): T | Promise<T> {
    if (!this.#touchDue(found.token)) return found
    return this.#touch(found.token).then(() => found)
  }

  /** The token of `rows` when `secret` matches its hash and it has not expired. */
  #verified(rows: VerifiedRows, secret: Secret<string>) {
    const token = this.dbRowToAccessToken(rows.token as unknown as AccessTokenDbColumns)
    return token.verify(secret) && !token.isExpired() ? token : null
  }

  #member(rows: VerifiedRows) {
    const model = this.options.tokenableModel
    return model.$createFromAdapterResult(rows.user) as InstanceType<TokenableModel>
  }

  #prepare(rows: VerifiedRows): Prepared {
    return {
      token: this.dbRowToAccessToken(rows.token as unknown as AccessTokenDbColumns),
      member: this.#member(rows) as unknown as LucidRow,
    }
  }

  /** A token of its own for one request (the guard and #touch set fields on it). */
  #copyToken(token: AccessToken) {
    const date = (value: Date | null) => (value ? new Date(value.getTime()) : null)
    return new AccessToken({
      identifier: token.identifier,
      tokenableId: token.tokenableId,
      type: token.type,
      name: token.name,
      hash: token.hash,
      abilities: [...token.abilities],
      createdAt: date(token.createdAt)!,
      updatedAt: date(token.updatedAt)!,
      lastUsedAt: date(token.lastUsedAt),
      expiresAt: date(token.expiresAt),
    })
  }

  /**
   * The member as `$createFromAdapterResult` would build it from the row, for
   * one request, copied from the entry's model instead of hydrated again
   * (column by column, with a deep merge of the originals): a persisted model
   * with its own attribute and original bags.
   */
  #copyMember(member: LucidRow) {
    const model = this.options.tokenableModel
    const user = new model() as LucidRow
    user.$attributes = copyValues(member.$attributes)
    user.$original = copyValues(member.$original)
    user.$isPersisted = true
    user.$isLocal = false
    return user as InstanceType<TokenableModel>
  }

  /** The joined token and user row of a token id, read with the other ids asked for in the same turn of the event loop. */
  #lookup(identifier: string) {
    return new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
      const waiting = this.#pending.get(identifier)
      if (waiting) return waiting.push({ resolve, reject })
      if (this.#pending.size === 0) setImmediate(() => this.#readPending())
      this.#pending.set(identifier, [{ resolve, reject }])
    })
  }

  async #readPending() {
    const batch = this.#pending
    this.#pending = new Map()
    const ids = [...batch.keys()]
    for (let start = 0; start < ids.length; start += LOOKUP_BATCH_MAX) {
      const chunk = ids.slice(start, start + LOOKUP_BATCH_MAX)
      try {
        const rows = await this.#readRows(chunk)
        const byId = new Map(rows.map((row) => [String(row.id), row]))
        for (const id of chunk) for (const waiter of batch.get(id)!) waiter.resolve(byId.get(id))
      } catch (error) {
        for (const id of chunk) for (const waiter of batch.get(id)!) waiter.reject(error)
      }
    }
  }

  async #readRows(ids: string[]): Promise<Record<string, unknown>[]> {
    const model = this.options.tokenableModel
    const userColumns = [...model.$columnsDefinitions.values()].map((column) => column.columnName)
    const userKey = model.$keys.attributesToColumns.get(model.primaryKey, model.primaryKey)
    const db = await this.getDb()
    const query = db
      .query()
      .from(`${this.table} as t`)
      .join(`${model.table} as u`, `u.${userKey}`, 't.tokenable_id')
      .where('t.type', this.type)
      .select('t.*', ...userColumns.map((column) => `u.${column} as ${USER}${column}`))
    return ids.length === 1 ? query.where('t.id', ids[0]) : query.whereIn('t.id', ids)
  }

  /** Writes `last_used_at` when older than TOUCH_EVERY_MS; returns the token. */
  #touchDue(token: AccessToken, now = Date.now()) {
    const last = Math.max(
      token.lastUsedAt?.getTime() ?? 0,
      this.#touchedAt.get(String(token.identifier)) ?? 0
    )
    return now - last >= TOUCH_EVERY_MS
  }

  async #touch(token: AccessToken) {
    const id = String(token.identifier)
    const now = Date.now()
    if (!this.#touchDue(token, now)) return token
    if (this.#touchedAt.size >= REMEMBERED_MAX) {
      for (const [key, at] of this.#touchedAt)
        if (now - at >= TOUCH_EVERY_MS) this.#touchedAt.delete(key)
    }
    this.#touchedAt.set(id, now)
    token.lastUsedAt = new Date(now)
    const db = await this.getDb()
    await db
      .from(this.table)
      .where({ id, type: token.type })
      .update({ last_used_at: sqlTime(token.lastUsedAt, db) })
    return token
  }
}

/**
 * The guard's user provider for one request: `verifyToken` keeps the user the
 * token query read, and the guard's `findById` right after it takes that user
 * instead of reading it again. A new instance per request, so nothing is
 * shared between requests.
 */
class RequestUserProvider<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
> extends AccessTokensLucidUserProvider<TokenableProperty, UserModel> {
  #verified?: InstanceType<UserModel>

  /** `model` is the user model imported once for the guard, instead of an `import()` per request. */
  constructor(
    options: AccessTokensLucidUserProviderOptions<TokenableProperty, UserModel>,
    model: UserModel
  ) {
    super(options)
    this.model = model
  }

  async verifyToken(tokenValue: Secret<string>) {
    const tokens = (await this.getTokensProvider()) as unknown
    if (!(tokens instanceof AccessTokensProvider)) return super.verifyToken(tokenValue)
    const found = await tokens.verifyWithUser(tokenValue)
    if (!found) return null
    this.#verified = found.user as InstanceType<UserModel>
    return found.token
  }

  async findById(identifier: string | number | BigInt) {
    const user = this.#verified
    if (user && String((user as unknown as LucidRow).$primaryKeyValue) === String(identifier))
      return this.createUserForGuard(user)
    return super.findById(identifier)
  }
}

/** `tokensGuard` of @adonisjs/auth with a user provider per request that reads token and user in one query. */
export function oneQueryTokensGuard<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
>(
  options: AccessTokensLucidUserProviderOptions<TokenableProperty, UserModel>
): GuardConfigProvider<
  (
    ctx: HttpContext
  ) => AccessTokensGuard<AccessTokensLucidUserProvider<TokenableProperty, UserModel>>
> {
  return {
    async resolver(name, app) {
      const emitter = await app.container.make('emitter')
      const { default: model } = await options.model()
      /**
       * The guard emits two or three events per request; nothing listens to
       * them, and an emit without listeners still costs a dispatch (and a
       * read of process.env.DEBUG by emittery). Passed on when listened to.
       */
      const guardEmitter = {
        emit: (event: keyof EventsList, data: EventsList[keyof EventsList]) =>
          emitter.hasListeners(event) ? emitter.emit(event, data) : Promise.resolve(),
      } as unknown as ConstructorParameters<typeof AccessTokensGuard>[2]
      return (ctx) =>
        new AccessTokensGuard(name, ctx, guardEmitter, new RequestUserProvider(options, model))
    },
  }
}
