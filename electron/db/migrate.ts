import { sql, type Kysely } from 'kysely'
import { AppError } from '../../shared/errors'
import { createLogger } from '../logging/logger'
import { migrations, type Migration } from './migrations'
import type { Database } from './schema'

const log = createLogger('migrate')

export const schemaMigrationTable = sql`CREATE TABLE IF NOT EXISTS schema_migration (
  name TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
) STRICT`

export interface MigrationState {
  applied: string[]
  pending: Migration[]
  /** Applied names this version does not know: the file was written by a newer version. */
  unknown: string[]
}

/** Compares the applied migrations with the known list; the applied list must be a prefix of it. */
export function compareMigrations(applied: readonly string[], known: readonly Migration[] = migrations): MigrationState {
  const knownNames = known.map((migration) => migration.name)
  const unknown = applied.filter((name) => !knownNames.includes(name))
  const pending = known.filter((migration) => !applied.includes(migration.name))
  return { applied: [...applied], pending, unknown }
}

/**
 * Applies each pending migration in its own transaction, recording it in schema_migration and
 * PRAGMA user_version in the same transaction, so a failure leaves the file at the previous version.
 */
export async function applyMigrations(
  db: Kysely<Database>,
  file: string,
  pending: readonly Migration[],
  known: readonly Migration[] = migrations
): Promise<void> {
  await schemaMigrationTable.execute(db)

  for (const migration of pending) {
    log.info(`applying ${migration.name} to ${file}`)
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>)
      await trx.insertInto('schema_migration').values({ name: migration.name, applied_at: new Date().toISOString() }).execute()
      const version = known.findIndex((candidate) => candidate.name === migration.name) + 1
      await sql.raw(`PRAGMA user_version = ${version}`).execute(trx)
    })
    log.info(`applied ${migration.name}`)
  }
}

export function assertKnownMigrations(state: MigrationState, file: string): void {
  if (state.unknown.length > 0) {
    log.warn(`refusing ${file}: written by a newer version (unknown migrations ${state.unknown.join(', ')})`)
    throw new AppError({ code: 'school-file-newer', file })
  }
}
