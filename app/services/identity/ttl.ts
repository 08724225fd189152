const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 }

/** Parses durations such as "15m", "30d", "900" (seconds) into seconds. */
export function ttlSeconds(value: string | undefined, fallback: number): number {
  if (!value) return fallback
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim())
  if (!match) return fallback
  return Number(match[1]) * (UNITS[match[2] || 's'] ?? 1)
}
