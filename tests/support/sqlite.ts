import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'

/**
 * A second Lucid connection, next to the suite's PostgreSQL one: an embedded
 * SQLite file in a temp directory, migrated with the app's migrations. Lets a
 * spec run the same service code on both databases in one process, or start
 * a child app on the same file (`file`).
 */
export async function migratedSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'marquee-sqlite-'))
  const name = `sqlite_${randomBytes(4).toString('hex')}`
  const file = join(dir, 'db.sqlite3')
  db.manager.add(name, {
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    migrations: { naturalSort: true, paths: ['database/migrations'] },
  })
  const close = async () => {
    await db.manager.close(name, true)
    rmSync(dir, { recursive: true, force: true })
  }
  const migrator = new MigrationRunner(db, app, { direction: 'up', connectionName: name })
  await migrator.run()
  if (migrator.error) {
    await close()
    throw migrator.error
  }
  return { name, file, close }
}
