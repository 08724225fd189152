import pg from 'pg'
import env from '#start/env'

/** Creates the PostgreSQL test database when it does not exist yet (fresh CI machine). */
export async function ensureTestDatabase() {
  if (env.get('DB_CONNECTION', 'sqlite') !== 'postgres') return
  const database = env.get('DB_DATABASE', 'marquee_test')
  const client = new pg.Client({
    host: env.get('DB_HOST', '127.0.0.1'),
    port: env.get('DB_PORT', 5432),
    user: env.get('DB_USER', 'postgres'),
    password: env.get('DB_PASSWORD', ''),
    database: 'postgres',
  })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

/** True in the suite's SQLite run (`npm run test:sqlite`). */
export const onSqlite = () => env.get('DB_CONNECTION', 'sqlite') === 'sqlite'
