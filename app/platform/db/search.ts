import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

/** Escapes LIKE wildcards; pair with `escape '\'` (SQLite has no default escape character). */
export function likeContains(value: string) {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Whether a Lucid connection (the primary one unless named) talks to PostgreSQL. */
export const isPostgres = (connection?: string) =>
  db.connection(connection).dialect.name === 'postgres'

/**
 * Full-text match over the given columns: PostgreSQL text search where
 * available (word stems, any order), a case-insensitive substring match on
 * SQLite.
 */
export function whereText(
  query: ModelQueryBuilderContract<any, any>,
  columns: string[],
  text: string
) {
  if (isPostgres()) {
    const document = columns.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)
    return query.whereRaw(`to_tsvector('english', ${document}) @@ plainto_tsquery('english', ?)`, [
      text,
    ])
  }
  const pattern = likeContains(text)
  return query.where((q) => {
    for (const column of columns) q.orWhereRaw(`lower(${column}) like ? escape '\\'`, [pattern])
  })
}
