import { describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { previewRiskImport } from '../../electron/risk-import/preview'
import type { ChosenImportFile } from '../../shared/channels'
import type { ImportPreview } from '../../shared/risk-import'
import { dumpContent } from '../helpers/dump'
import { newSchool, tempFolder } from '../helpers/temp'
import { unknownHazardHeader } from './fixtures'
import { writeWorkbook } from './workbooks'

/** What the import page relies on beyond the CLI: a preview that names missing columns instead of failing. */

async function chooseFile(sheetsFile: string): Promise<{ ctx: HandlerContext; token: string }> {
  const platform = new HarnessPlatform(null)
  platform.nextImportFile = sheetsFile
  const ctx: HandlerContext = {
    session: new SchoolSession(await newSchool()),
    platform,
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
  const chosen = await dispatch(ctx, 'risk-import:choose-file', {})
  return { ctx, token: (chosen as { value: ChosenImportFile }).value.token }
}

describe('risk-import preview for the window', () => {
  it('names a missing hazard column instead of failing', async () => {
    const file = await writeWorkbook(tempFolder(), '情况描述.xlsx', unknownHazardHeader)
    const { ctx, token } = await chooseFile(file)

    const reply = await dispatch(ctx, 'risk-import:preview', { token })
    expect(reply.ok).toBe(true)
    const preview = (reply as { value: ImportPreview }).value
    expect(preview.missingFields).toEqual(['hazard'])
    expect(preview.rows).toEqual([])
    expect(preview.questions).toEqual([])
    expect(preview.headerRows).toEqual([1])
    expect(preview.unmappedColumns).toEqual([{ column: 'C', header: '情况描述' }])
    expect(preview.mapping.map((column) => `${column.column}:${column.field}`)).toEqual(['A:serial', 'B:pointName', 'D:accidentTypes', 'E:level', 'F:measures'])
  })

  it('reads the rows once the column is named', async () => {
    const file = await writeWorkbook(tempFolder(), '情况描述.xlsx', unknownHazardHeader)
    const { ctx, token } = await chooseFile(file)

    const reply = await dispatch(ctx, 'risk-import:preview', { token, mapping: { hazard: 'C' } })
    const preview = (reply as { value: ImportPreview }).value
    expect(preview.missingFields).toBeUndefined()
    expect(preview.rows.map((row) => row.hazard)).toEqual(['楼梯扶手松动', '单杠锈蚀'])
  })

  it('still refuses to import without the column', async () => {
    const file = await writeWorkbook(tempFolder(), '情况描述.xlsx', unknownHazardHeader)
    const { ctx, token } = await chooseFile(file)
    const before = await dumpContent(ctx.session.schoolDb.sqlite)

    const reply = await dispatch(ctx, 'risk-import:apply', { token })
    expect(reply).toMatchObject({ ok: false, error: { code: 'import-header-not-found', file: '情况描述.xlsx' } })
    expect(await dumpContent(ctx.session.schoolDb.sqlite)).toEqual(before)
  })

  it('keeps the error for callers that do not ask', async () => {
    const file = await writeWorkbook(tempFolder(), '情况描述.xlsx', unknownHazardHeader)
    const schoolDb = await newSchool()
    await expect(previewRiskImport(schoolDb.db, { file })).rejects.toMatchObject({ data: { code: 'import-header-not-found' } })
  })
})
