import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppInfo, RecentSchoolFile } from '../../shared/channels'
import { describeError } from '../../shared/errors'
import { createSchoolFile } from '../../electron/db/school-file'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { saveSchool } from '../../electron/school/school.service'
import { schoolInput } from '../../shared/schemas/inputs'
import { tempFolder } from '../helpers/temp'

const sessions: SchoolSession[] = []

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close()
})

/** Three school files in one folder, the first open, all three remembered oldest first. */
async function threeSchools(): Promise<{ ctx: HandlerContext; platform: HarnessPlatform; files: string[] }> {
  const folder = tempFolder()
  const files = ['甲校.school', '乙校.school', '丙校.school'].map((name) => join(folder, name))
  for (const [index, file] of files.entries()) {
    const schoolDb = await createSchoolFile(file)
    await saveSchool(schoolDb.db, schoolInput.parse({ name: ['甲校', '乙校', '丙校'][index] }))
    await schoolDb.close()
  }
  const platform = new HarnessPlatform(null)
  for (const file of [...files].reverse()) await platform.rememberSchoolFile(file)
  const ctx: HandlerContext = {
    session: new SchoolSession(await createSchoolFile(join(folder, '临时.school'))),
    platform,
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
  sessions.push(ctx.session)
  await ctx.session.open(files[0])
  return { ctx, platform, files }
}

async function recent(ctx: HandlerContext): Promise<RecentSchoolFile[]> {
  const result = await dispatch(ctx, 'files:recent', {})
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as RecentSchoolFile[]
}

describe('recent school files', () => {
  it('lists files newest first with marks', async () => {
    const { ctx, files } = await threeSchools()
    rmSync(files[2])

    const list = await recent(ctx)
    expect(list.map((item) => [item.index, item.fileName, item.current, item.missing])).toEqual([
      [0, '甲校.school', true, false],
      [1, '乙校.school', false, false],
      [2, '丙校.school', false, true]
    ])
    expect(list[1].path).toBe(files[1])
  })

  it('opens a file by its index', async () => {
    const { ctx, files } = await threeSchools()
    const result = await dispatch(ctx, 'files:open-recent', { index: 1 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value as AppInfo).toMatchObject({ schoolFile: files[1], schoolName: '乙校' })
    expect(ctx.session.file).toBe(files[1])
    expect((await recent(ctx)).map((item) => item.fileName)).toEqual(['乙校.school', '甲校.school', '丙校.school'])
  })

  it('keeps the open file on failure', async () => {
    const { ctx, files } = await threeSchools()
    rmSync(files[2])
    const missing = await dispatch(ctx, 'files:open-recent', { index: 2 })
    expect(missing).toMatchObject({ ok: false, error: { code: 'recent-file-missing', file: files[2] } })
    if (!missing.ok) expect(describeError(missing.error)).toContain('已不存在')

    expect(await dispatch(ctx, 'files:open-recent', { index: 7 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(ctx.session.file).toBe(files[0])
  })

  it('takes no path from the window', async () => {
    const { ctx, files } = await threeSchools()
    const result = await dispatch(ctx, 'files:open-recent', { index: '0', path: files[1] })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(ctx.session.file).toBe(files[0])
  })
})
