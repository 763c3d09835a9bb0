import { describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import type { ChosenImportFile } from '../../shared/channels'
import type { ImportPreview, ImportResult } from '../../shared/risk-import'
import { newSchool, tempFolder } from '../helpers/temp'
import { letterScale } from './fixtures'
import { writeWorkbook } from './workbooks'

async function context(): Promise<{ ctx: HandlerContext; platform: HarnessPlatform }> {
  const platform = new HarnessPlatform(null)
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
  return { ctx, platform }
}

describe('risk-import channels', () => {
  it('chooses a file, previews, answers and imports it by token', async () => {
    const { ctx, platform } = await context()
    const folder = tempFolder()
    platform.nextImportFile = await writeWorkbook(folder, '字母等级.xlsx', letterScale)

    const chosen = await dispatch(ctx, 'risk-import:choose-file', {})
    expect(chosen).toMatchObject({ ok: true, value: { fileName: '字母等级.xlsx' } })
    const { token } = (chosen as { value: ChosenImportFile }).value
    expect(JSON.stringify(chosen)).not.toContain(folder)

    const preview = await dispatch(ctx, 'risk-import:preview', { token })
    expect(preview.ok).toBe(true)
    expect((preview as { value: ImportPreview }).value.questions.map((question) => question.id)).toEqual(['level-scale:letter'])

    const refused = await dispatch(ctx, 'risk-import:apply', { token, answers: {} })
    expect(refused).toMatchObject({ ok: false, error: { code: 'import-questions-open', file: '字母等级.xlsx' } })

    const applied = await dispatch(ctx, 'risk-import:apply', { token, answers: { 'level-scale:letter': 'a-lowest' } })
    expect(applied.ok).toBe(true)
    expect((applied as { value: ImportResult }).value).toMatchObject({ risksCreated: 3, riskPointsCreated: 3 })

    const points = await dispatch(ctx, 'risk-points:list', {})
    const risks = (points as { value: { risks: { level: string }[] }[] }).value.flatMap((point) => point.risks)
    expect(risks.map((risk) => risk.level)).toEqual(['low', 'high', 'major'])
  })

  it('returns null when the dialog is cancelled', async () => {
    const { ctx } = await context()
    expect(await dispatch(ctx, 'risk-import:choose-file', {})).toEqual({ ok: true, value: null })
  })

  it('refuses an unknown token and a bad mapping with Chinese labels', async () => {
    const { ctx } = await context()
    expect(await dispatch(ctx, 'risk-import:preview', { token: 'not-chosen' })).toEqual({ ok: false, error: { code: 'import-file-not-chosen' } })

    const badColumn = await dispatch(ctx, 'risk-import:preview', { token: 'x', mapping: { hazard: '3' } })
    expect(badColumn).toMatchObject({ ok: false, error: { code: 'invalid-input', field: '列对应关系', value: '3' } })
    const badField = await dispatch(ctx, 'risk-import:preview', { token: 'x', mapping: { path: 'C' } })
    expect(badField).toMatchObject({ ok: false, error: { code: 'invalid-choice', field: '列对应关系', value: 'path' } })
  })

  it('saves a mapping for a header signature', async () => {
    const { ctx } = await context()
    expect(await dispatch(ctx, 'risk-import:save-mapping', { signature: '序号|风险点|情况描述', mapping: { hazard: 'c' } })).toEqual({ ok: true })
    const missing = await dispatch(ctx, 'risk-import:save-mapping', { signature: '序号|风险点' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'required', field: '列对应关系' } })
  })
})
