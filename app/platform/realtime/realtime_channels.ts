import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import AppException from '#exceptions/app_exception'

/** Whether `user` may subscribe to the channel `<type>/<id>`. */
export type ChannelAuthorizer = (
  user: User,
  id: string,
  ctx: HttpContext
) => boolean | Promise<boolean>

const authorizers = new Map<string, ChannelAuthorizer>()

/**
 * The event streams open on this process, by uid. Transmit keeps
 * subscriptions per process, so a subscription must reach the process that
 * holds its stream (sticky sessions behind a load balancer).
 */
const streams = new Map<string, { userId: number; context: HttpContext }>()

/**
 * Registers who may subscribe to the channels of one type (`users`,
 * `conversations`, …); the module that owns the resource registers it in
 * start/transmit.ts. A channel type nobody registered is refused.
 */
export function authorizeChannel(type: string, authorizer: ChannelAuthorizer) {
  if (authorizers.has(type)) throw new Error(`Realtime: channel type "${type}" is authorized twice`)
  authorizers.set(type, authorizer)
}

/** Streams open behind the auth middleware, so every one has its account. */
/** Every event stream open on this process (signed in or not), so shutdown can end them. */
const openResponses = new Set<HttpContext>()

/** Event streams open on this process now. */
export const openStreamCount = () => openResponses.size

export function trackStream(uid: string, context: HttpContext) {
  openResponses.add(context)
  const user = context.auth.user
  if (user) streams.set(uid, { userId: user.id, context })
}

/**
 * Ends every open event stream: a stopping process would otherwise wait for
 * its clients to hang up. Clients reconnect (EventSource does) to another
 * process.
 */
export function closeStreams() {
  for (const context of openResponses) context.response.response.end()
  openResponses.clear()
}

/** A client reconnecting with its uid replaces the old stream, whose late close must not forget the new one. */
export function forgetStream(uid: string, context: HttpContext) {
  openResponses.delete(context)
  if (streams.get(uid)?.context === context) streams.delete(uid)
}

/** A uid names one account's stream: another account cannot take it over. */
export function assertStreamAvailable(ctx: HttpContext, uid: string) {
  const open = streams.get(uid)
  if (open && open.userId !== ctx.auth.getUserOrFail().id) {
    throw AppException.conflict(
      'E_STREAM_UID_TAKEN',
      'This stream uid is in use: generate a new one'
    )
  }
}

/** Only the account that opened a stream changes its subscriptions. */
export function assertOwnsStream(ctx: HttpContext, uid: string) {
  const open = streams.get(uid)
  if (!open) {
    throw new AppException(
      404,
      'E_STREAM_NOT_FOUND',
      'No event stream with this uid is open on this server'
    )
  }
  if (open.userId !== ctx.auth.getUserOrFail().id) {
    throw AppException.forbidden(
      'E_STREAM_FORBIDDEN',
      'This event stream belongs to another account'
    )
  }
}

export async function assertCanSubscribe(ctx: HttpContext, uid: string, channel: string) {
  assertOwnsStream(ctx, uid)
  const separator = channel.indexOf('/')
  const authorizer = authorizers.get(channel.slice(0, separator))
  const allowed = authorizer
    ? await authorizer(ctx.auth.getUserOrFail(), channel.slice(separator + 1), ctx)
    : false
  if (!allowed)
    throw AppException.forbidden('E_CHANNEL_FORBIDDEN', `You may not subscribe to ${channel}`)
}
