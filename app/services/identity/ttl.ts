const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 }

/** Parses durations such as "900" (seconds), "15m", "15 minutes", "30d" into seconds. */
export function ttlSeconds(value: string | undefined, fallback: number): number {
  if (!value) return fallback
  const match = /^(\d+)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)?$/i.exec(
    value.trim()
  )
  if (!match) return fallback
  return Number(match[1]) * UNITS[(match[2] ?? 's').charAt(0).toLowerCase()]
}
