import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppInfo } from '../../shared/channels'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { openSchoolFile } from '../../electron/db/school-file'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { getMeta } from '../../electron/settings/settings.service'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { dumpContent } from '../helpers/dump'
import { tempFolder, track } from '../helpers/temp'

/** Rows per table of a school file, to show the test compares a school with content in every part. */
function rowCounts(dump: string): Record<string, number> {
  return Object.fromEntries(Object.entries(JSON.parse(dump) as Record<string, unknown[]>).map(([table, rows]) => [table, rows.length]))
}

/** Copies only the main file, as a user does with a USB stick: a -wal file left beside it would not travel. */
function carry(file: string, folder: string): string {
  expect(existsSync(`${file}-wal`), `${file}-wal`).toBe(false)
  const copy = join(folder, '带到另一台电脑.school')
  copyFileSync(file, copy)
  return copy
}

describe('a school file handed to another computer', () => {
  it('opens with every record', async () => {
    const original = join(tempFolder(), '示范学校.school')
    await buildDemoSchool(original)
    const copy = carry(original, tempFolder())

    const source = track(await openSchoolFile(original))
    const moved = track(await openSchoolFile(copy))
    const expected = dumpContent(source.sqlite)
    expect(dumpContent(moved.sqlite)).toBe(expected)

    const counts = rowCounts(expected)
    for (const table of ['school', 'staff', 'post', 'responsibility', 'leading_group_member', 'risk_point', 'risk', 'control_measure', 'check_item', 'audit_log']) {
      expect(counts[table], table).toBeGreaterThan(0)
    }
    const data = await loadSchoolData(moved.db)
    expect(data.school.name).not.toBe('')
    expect(data.riskPoints.length).toBe(counts.risk_point)
  })

  it('saves a complete copy with its id', async () => {
    const original = join(tempFolder(), '示范学校.school')
    await buildDemoSchool(original)
    const opened = await openSchoolFile(original)
    const expected = dumpContent(opened.sqlite)
    const fileId = await getMeta(opened.db, 'schoolFileId')

    const platform = new HarnessPlatform(null)
    const ctx: HandlerContext = {
      session: new SchoolSession(opened),
      platform,
      jobs: new JobRegistry(),
      outputsJob: () => async () => {
        throw new Error('not used')
      },
      harness: true,
      chosen: new Map()
    }
    const target = join(tempFolder(), '另存的学校.school')
    platform.nextSaveAsFile = target
    const result = await dispatch(ctx, 'files:save-as', {})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value as AppInfo).toMatchObject({ schoolFile: target, schoolFileId: fileId })
    expect(ctx.session.file).toBe(target)
    await ctx.session.close()

    const copy = carry(target, tempFolder())
    const moved = track(await openSchoolFile(copy))
    expect(dumpContent(moved.sqlite)).toBe(expected)
    expect(await getMeta(moved.db, 'schoolFileId')).toBe(fileId)
  })
})
