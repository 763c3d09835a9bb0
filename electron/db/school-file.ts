import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { AppError } from '../../shared/errors'
import { appVersion } from '../app-version'
import { createLogger } from '../logging/logger'
import { applyMigrations, assertKnownMigrations, compareMigrations } from './migrate'
import { migrations, type Migration } from './migrations'
import type { Database } from './schema'
import { seedNewSchoolFile } from './seed'

const log = createLogger('school-file')

/** PRAGMA application_id of a school file ("SDPW"), so any other SQLite file is recognised and refused. */
export const schoolFileApplicationId = 0x53445057

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1')

/** Folder beside the school file where backups are kept. */
export const backupFolderName = '备份'
/** Automatic backups kept per school file; older ones are removed. */
export const automaticBackupsKept = 10
/** An automatic backup is taken on open when the newest one is older than this (milliseconds). */
const automaticBackupInterval = 24 * 60 * 60 * 1000

export interface SchoolDb {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  file: string
  close(): Promise<void>
}

function readHeader(file: string): Buffer {
  const handle = openSync(file, 'r')
  try {
    const header = Buffer.alloc(sqliteHeader.length)
    const read = readSync(handle, header, 0, header.length, 0)
    return header.subarray(0, read)
  } finally {
    closeSync(handle)
  }
}

/** Maps a better-sqlite3 error on open to the error the user reads. */
function openError(error: unknown, file: string): AppError {
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_NOTADB') return new AppError({ code: 'not-a-school-file', file })
  if (code.startsWith('SQLITE_CORRUPT')) return new AppError({ code: 'school-file-damaged', file })
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return new AppError({ code: 'file-not-writable', file, detail: '文件无法以读写方式打开' })
  }
  return new AppError({ code: 'school-file-damaged', file, detail: (error as Error).message })
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  // User data: a committed change must survive a power cut, at the cost of one sync per commit.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
}

function wrap(sqlite: BetterSqlite3.Database, file: string): SchoolDb {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    db,
    sqlite,
    file,
    close: async () => {
      await db.destroy()
    }
  }
}

interface Inspection {
  appliedMigrations: string[]
}

/**
 * Checks an existing file without changing it: SQLite header, our application id, structural health and
 * the migrations it carries. Throws the error the user should read.
 */
export function inspectSchoolFile(file: string): Inspection {
  if (!existsSync(file)) throw new AppError({ code: 'file-not-found', file })
  if (statSync(file).isDirectory()) throw new AppError({ code: 'not-a-school-file', file })
  if (!readHeader(file).equals(sqliteHeader)) throw new AppError({ code: 'not-a-school-file', file })

  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw openError(error, file)
  }

  try {
    const applicationId = sqlite.pragma('application_id', { simple: true })
    if (applicationId !== schoolFileApplicationId) throw new AppError({ code: 'not-a-school-file', file })

    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new AppError({ code: 'school-file-damaged', file, detail: String(check) })

    const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'`).get()
    const rows = hasTable ? (sqlite.prepare('SELECT name FROM schema_migration ORDER BY name').all() as { name: string }[]) : []
    return { appliedMigrations: rows.map((row) => row.name) }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw openError(error, file)
  } finally {
    sqlite.close()
  }
}

function timestamp(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

function backupFolder(file: string): string {
  return join(dirname(file), backupFolderName)
}

/**
 * Copies a school file with SQLite's online backup API (never a file copy of a live database) to a
 * temporary name, then renames it, so a half-written backup never looks complete.
 */
export async function backupSchoolFile(source: BetterSqlite3.Database, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true })
  const temporary = `${target}.tmp`
  rmSync(temporary, { force: true })
  await source.backup(temporary)
  renameSync(temporary, target)
  return target
}

function backupName(file: string, label: string, date = new Date()): string {
  const stem = basename(file, extname(file))
  return join(backupFolder(file), `${stem}-${label}-${timestamp(date)}.sqlite`)
}

async function backupBeforeMigrating(file: string, fromVersion: number): Promise<string> {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const target = backupName(file, `升级前v${fromVersion}`)
    await backupSchoolFile(sqlite, target)
    log.info(`backed up ${file} to ${target} before migrating`)
    return target
  } finally {
    sqlite.close()
  }
}

/** Takes the daily automatic backup when due and keeps the newest `automaticBackupsKept`. */
export async function takeAutomaticBackup(schoolDb: SchoolDb, now = Date.now()): Promise<string | undefined> {
  const folder = backupFolder(schoolDb.file)
  const stem = basename(schoolDb.file, extname(schoolDb.file))
  const prefix = `${stem}-自动-`
  const existing = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
        .sort()
    : []
  const newest = existing[existing.length - 1]
  if (newest && now - statSync(join(folder, newest)).mtimeMs < automaticBackupInterval) return undefined

  const target = backupName(schoolDb.file, '自动', new Date(now))
  await backupSchoolFile(schoolDb.sqlite, target)
  const all = [...existing, basename(target)].sort()
  for (const old of all.slice(0, Math.max(0, all.length - automaticBackupsKept))) {
    rmSync(join(folder, old), { force: true })
  }
  log.info(`automatic backup written to ${target}`)
  return target
}

export interface OpenOptions {
  /** The migrations this program knows; tests pass their own list to simulate other versions. */
  migrations?: readonly Migration[]
}

/** Opens an existing school file read-write, migrating it (after a backup) when it is older. */
export async function openSchoolFile(file: string, options: OpenOptions = {}): Promise<SchoolDb> {
  const known = options.migrations ?? migrations
  const inspection = inspectSchoolFile(file)
  const state = compareMigrations(inspection.appliedMigrations, known)
  assertKnownMigrations(state, file)

  if (state.pending.length > 0 && state.applied.length > 0) {
    await backupBeforeMigrating(file, state.applied.length)
  }

  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file, { fileMustExist: true })
    applyPragmas(sqlite)
  } catch (error) {
    throw openError(error, file)
  }

  const schoolDb = wrap(sqlite, file)
  try {
    if (state.pending.length > 0) await applyMigrations(schoolDb.db, file, state.pending, known)
  } catch (error) {
    await schoolDb.close()
    throw error
  }
  log.info(`opened ${file}`)
  return schoolDb
}

/** Opens a school file read-only, for workers that generate documents while the window keeps editing. */
export function openSchoolFileReadOnly(file: string): SchoolDb {
  const inspection = inspectSchoolFile(file)
  const state = compareMigrations(inspection.appliedMigrations)
  assertKnownMigrations(state, file)
  if (state.pending.length > 0) {
    throw new AppError({ code: 'internal', file, detail: 'school file must be migrated before it is read' })
  }
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  return wrap(sqlite, file)
}

export interface CreateOptions {
  operatorName?: string
  /** The migrations to apply; tests pass an older list to make a file of an earlier version. */
  migrations?: readonly Migration[]
}

/** Creates a new, empty school file with every migration applied and the defaults seeded. */
export async function createSchoolFile(file: string, options: CreateOptions = {}): Promise<SchoolDb> {
  if (existsSync(file)) {
    throw new AppError({ code: 'file-not-writable', file, detail: '该位置已有同名文件' })
  }
  mkdirSync(dirname(file), { recursive: true })

  const sqlite = new BetterSqlite3(file)
  sqlite.pragma(`application_id = ${schoolFileApplicationId}`)
  applyPragmas(sqlite)
  const schoolDb = wrap(sqlite, file)

  try {
    await applyMigrations(schoolDb.db, file, options.migrations ?? migrations)
    await seedNewSchoolFile(schoolDb.db, { schoolFileId: randomUUID(), appVersion, operatorName: options.operatorName ?? '' })
  } catch (error) {
    await schoolDb.close()
    rmSync(file, { force: true })
    rmSync(`${file}-wal`, { force: true })
    rmSync(`${file}-shm`, { force: true })
    throw error
  }
  log.info(`created ${file}`)
  return schoolDb
}
