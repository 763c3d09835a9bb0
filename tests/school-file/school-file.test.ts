import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { migrations, type Migration } from '../../electron/db/migrations'
import { backupFolderName, createSchoolFile, openSchoolFile, openSchoolFileReadOnly, schoolFileApplicationId, takeAutomaticBackup } from '../../electron/db/school-file'
import { saveStaff, listStaff } from '../../electron/staff/staff.service'
import { tempFolder, track } from '../helpers/temp'

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

/** Closes a school file cleanly so its WAL is folded back and the main file holds everything. */
async function closed(file: string): Promise<void> {
  const schoolDb = await openSchoolFile(file)
  await schoolDb.close()
}

describe('a new school file', () => {
  it('uses WAL, foreign keys, FULL sync and our application id', async () => {
    const schoolDb = track(await createSchoolFile(join(tempFolder(), '新学校.school')))
    expect(schoolDb.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(schoolDb.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(schoolDb.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(schoolDb.sqlite.pragma('application_id', { simple: true })).toBe(schoolFileApplicationId)
    expect(schoolDb.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length)
  })

  it('declares every table STRICT', async () => {
    const schoolDb = track(await createSchoolFile(join(tempFolder(), '新学校.school')))
    const tables = schoolDb.sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as {
      name: string
      sql: string
    }[]
    expect(tables.length).toBeGreaterThan(10)
    for (const table of tables) expect(table.sql, table.name).toMatch(/STRICT\s*$/)
  })

  it('is seeded with an identity, settings, the office and the policies', async () => {
    const schoolDb = track(await createSchoolFile(join(tempFolder(), '新学校.school')))
    const meta = schoolDb.sqlite.prepare(`SELECT value FROM meta WHERE key = 'schoolFileId'`).get() as { value: string }
    expect(meta.value).toMatch(/^[0-9a-f-]{36}$/)
    expect(schoolDb.sqlite.prepare('SELECT count(*) AS n FROM policy').get()).toEqual({ n: 6 })
    expect(schoolDb.sqlite.prepare('SELECT name FROM office').get()).toEqual({ name: '双重预防体系建设工作办公室' })
  })

  it('refuses to overwrite an existing file', async () => {
    const file = join(tempFolder(), '已有.school')
    writeFileSync(file, 'keep me')
    const error = await errorOf(createSchoolFile(file))
    expect(error.data.code).toBe('file-not-writable')
    expect(readFileSync(file, 'utf8')).toBe('keep me')
  })
})

describe('opening a file', () => {
  it('reopens a school file with its data', async () => {
    const file = join(tempFolder(), '学校.school')
    const created = await createSchoolFile(file)
    await saveStaff(created.db, { id: null, name: '李文博', phone: '13903910001', department: '校长室', note: '' })
    await created.close()

    const reopened = track(await openSchoolFile(file))
    expect((await listStaff(reopened.db)).map((person) => person.name)).toEqual(['李文博'])
  })

  it('refuses a text file without changing it', async () => {
    const file = join(tempFolder(), '笔记.school')
    writeFileSync(file, '这不是数据库文件，只是一段文字。')
    const before = fileHash(file)
    const error = await errorOf(openSchoolFile(file))
    expect(error.data).toMatchObject({ code: 'not-a-school-file', file })
    expect(fileHash(file)).toBe(before)
  })

  it('refuses an empty file', async () => {
    const file = join(tempFolder(), '空.school')
    writeFileSync(file, '')
    expect((await errorOf(openSchoolFile(file))).data.code).toBe('not-a-school-file')
  })

  it('refuses an SQLite file of another program without changing it', async () => {
    const file = join(tempFolder(), '别的程序.sqlite')
    const other = new BetterSqlite3(file)
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'x\')')
    other.close()
    const before = fileHash(file)

    const error = await errorOf(openSchoolFile(file))
    expect(error.data.code).toBe('not-a-school-file')
    expect(fileHash(file)).toBe(before)
    expect(existsSync(join(tempFolder(), backupFolderName))).toBe(false)
  })

  it('reports a missing file', async () => {
    const error = await errorOf(openSchoolFile(join(tempFolder(), '不存在.school')))
    expect(error.data.code).toBe('file-not-found')
  })

  it('refuses a damaged file', async () => {
    const file = join(tempFolder(), '损坏.school')
    const schoolDb = await createSchoolFile(file)
    for (let index = 0; index < 50; index += 1) {
      await saveStaff(schoolDb.db, { id: null, name: `教师${index}`, phone: '', department: '', note: 'x'.repeat(200) })
    }
    await schoolDb.close()
    await closed(file)

    const bytes = readFileSync(file)
    bytes.fill(0xff, 4096, 8192)
    writeFileSync(file, bytes)
    const error = await errorOf(openSchoolFile(file))
    expect(['school-file-damaged', 'not-a-school-file']).toContain(error.data.code)
  })
})

describe('migrations', () => {
  const futureMigration: Migration = {
    name: '9999-add-staff-title',
    async up(db: Kysely<unknown>) {
      await sql`ALTER TABLE staff ADD COLUMN title TEXT NOT NULL DEFAULT ''`.execute(db)
      await sql`UPDATE staff SET title = '教师' WHERE department = '初中部'`.execute(db)
    }
  }

  it('migrates an older file with its data after backing it up', async () => {
    const folder = tempFolder()
    const file = join(folder, '旧版本.school')
    const older = await createSchoolFile(file)
    await saveStaff(older.db, { id: null, name: '冯磊', phone: '13903910011', department: '初中部', note: '' })
    await older.close()

    const migrated = track(await openSchoolFile(file, { migrations: [...migrations, futureMigration] }))
    const rows = migrated.sqlite.prepare('SELECT name, title FROM staff').all()
    expect(rows).toEqual([{ name: '冯磊', title: '教师' }])
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length + 1)

    const backups = readdirSync(join(folder, backupFolderName))
    expect(backups.some((name) => name.includes('升级前'))).toBe(true)
    const backup = new BetterSqlite3(join(folder, backupFolderName, backups[0]), { readonly: true })
    expect(backup.prepare('SELECT name FROM staff').all()).toEqual([{ name: '冯磊' }])
    backup.close()
  })

  it('leaves the file at its version when a migration fails', async () => {
    const file = join(tempFolder(), '失败.school')
    const older = await createSchoolFile(file)
    await older.close()
    const broken: Migration = {
      name: '9999-broken',
      async up(db: Kysely<unknown>) {
        await sql`ALTER TABLE staff ADD COLUMN title TEXT`.execute(db)
        await sql`SELECT * FROM no_such_table`.execute(db)
      }
    }

    await expect(openSchoolFile(file, { migrations: [...migrations, broken] })).rejects.toThrow()
    const reopened = track(await openSchoolFile(file))
    const columns = reopened.sqlite.prepare(`SELECT name FROM pragma_table_info('staff')`).all() as { name: string }[]
    expect(columns.map((column) => column.name)).not.toContain('title')
    expect(reopened.sqlite.prepare('SELECT name FROM schema_migration').all()).toEqual(migrations.map((migration) => ({ name: migration.name })))
  })

  it('refuses a file written by a newer version without changing it', async () => {
    const file = join(tempFolder(), '新版本.school')
    const newer = await openSchoolFile(await createAndClose(file), { migrations: [...migrations, futureMigration] })
    await newer.close()
    await closedWith(file, [...migrations, futureMigration])
    const before = fileHash(file)

    const error = await errorOf(openSchoolFile(file))
    expect(error.data).toMatchObject({ code: 'school-file-newer', file })
    expect(fileHash(file)).toBe(before)
    expect(() => openSchoolFileReadOnly(file)).toThrow(AppError)
  })
})

describe('automatic backups', () => {
  it('takes one backup a day and keeps the newest ten', async () => {
    const folder = tempFolder()
    const schoolDb = track(await createSchoolFile(join(folder, '学校.school')))
    const first = await takeAutomaticBackup(schoolDb)
    expect(first).toBeDefined()
    expect(await takeAutomaticBackup(schoolDb)).toBeUndefined()

    const day = 25 * 60 * 60 * 1000
    for (let index = 1; index <= 12; index += 1) {
      expect(await takeAutomaticBackup(schoolDb, Date.now() + index * day)).toBeDefined()
    }
    const backups = readdirSync(join(folder, backupFolderName)).filter((name) => name.includes('自动'))
    expect(backups).toHaveLength(10)
    const copy = new BetterSqlite3(join(folder, backupFolderName, backups[0]), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
  })
})

async function createAndClose(file: string): Promise<string> {
  const schoolDb = await createSchoolFile(file)
  await schoolDb.close()
  return file
}

async function closedWith(file: string, known: readonly Migration[]): Promise<void> {
  const schoolDb = await openSchoolFile(file, { migrations: known })
  await schoolDb.close()
}
