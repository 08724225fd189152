import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import pg from 'pg'
import { Settings } from 'luxon'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

const migrations = { naturalSort: true, paths: ['database/migrations'] }

// Tests never touch the demo database, even when run without SQLITE_FILE.
export const sqliteFile =
  env.get('SQLITE_FILE') ?? app.tmpPath(app.inTest ? 'test.sqlite3' : 'marquee.sqlite3')
mkdirSync(dirname(sqliteFile), { recursive: true })

// Lucid writes SQLite timestamps as zone-less text in luxon's default zone and reads them back in
// it: UTC, like sqlTime and every SQL timestamp, whatever the machine's time zone.
Settings.defaultZone = 'utc'

// DATE columns stay 'YYYY-MM-DD' strings (no local-midnight Date shifting).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

/**
 * SQLite is the embedded zero-setup default; PostgreSQL is the production and
 * CI path. DB_CONNECTION picks one. Models use explicit columns, so no schema
 * file is generated.
 */
const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  prettyPrintDebugQueries: true,
  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: { filename: sqliteFile },
      useNullAsDefault: true,
      migrations,
      schemaGeneration: { enabled: false },
    },
    postgres: {
      client: 'pg',
      connection: {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 5432),
        user: env.get('DB_USER', 'postgres'),
        password: env.get('DB_PASSWORD', ''),
        database: env.get('DB_DATABASE', 'marquee'),
      },
      pool: { min: 0, max: 10 },
      migrations,
      schemaGeneration: { enabled: false },
    },
  },
})

export default dbConfig
