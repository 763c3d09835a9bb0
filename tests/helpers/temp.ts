import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createSchoolFile, type SchoolDb } from '../../electron/db/school-file'

const folders: string[] = []
const open: SchoolDb[] = []

afterEach(async () => {
  for (const schoolDb of open.splice(0)) await schoolDb.close().catch(() => undefined)
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A fresh temporary folder, removed after the test. */
export function tempFolder(prefix = 'sdp-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  folders.push(folder)
  return folder
}

/** A new school file in a temporary folder, closed and removed after the test. */
export async function newSchool(name = '测试学校.school'): Promise<SchoolDb> {
  const schoolDb = await createSchoolFile(join(tempFolder(), name))
  open.push(schoolDb)
  return schoolDb
}

/** Registers a school file opened by the test so it is closed afterwards. */
export function track(schoolDb: SchoolDb): SchoolDb {
  open.push(schoolDb)
  return schoolDb
}
