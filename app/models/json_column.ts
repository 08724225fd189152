/**
 * JSON stored in a text column, so the same migration works on SQLite and
 * PostgreSQL. Use as `@column(jsonColumn({}))`.
 */
export function jsonColumn<T>(fallback: T) {
  return {
    prepare: (value: T | null | undefined) => JSON.stringify(value ?? fallback),
    consume: (value: string | T | null): T => {
      if (value === null || value === undefined) return fallback
      if (typeof value !== 'string') return value
      try {
        return JSON.parse(value) as T
      } catch {
        return fallback
      }
    },
  }
}
