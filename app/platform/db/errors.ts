/** True for a unique-constraint violation on PostgreSQL or SQLite (a lost race on insert). */
export function isUniqueViolation(error: unknown) {
  const code = (error as { code?: string })?.code
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
}
