import logger from '@adonisjs/core/services/logger'

/** Errors of one source closer together than this belong to the same outage. */
const SAME_OUTAGE_MS = 60_000

const lastErrorAt = new Map<string, number>()

/**
 * Logs the first connection error of an outage as one warning and drops the
 * repeats (a client retrying every second or two) until the source has been
 * quiet for a minute: a Redis outage is one line, not a stack trace per retry.
 */
export function reportConnectionError(source: string, error: Error) {
  const now = Date.now()
  const previous = lastErrorAt.get(source)
  lastErrorAt.set(source, now)
  if (previous !== undefined && now - previous < SAME_OUTAGE_MS) return
  logger.warn(`${source}: ${error.message}; retrying in the background`)
}
