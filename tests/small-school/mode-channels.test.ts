import { describe, expect, it } from 'vitest'
import { describeError } from '../../shared/errors'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { computeWizardProgress } from '../../electron/wizard/progress.service'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'

async function context(): Promise<HandlerContext> {
  return {
    session: new SchoolSession(await newSchool()),
    platform: new HarnessPlatform(null),
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
}

async function value<T>(promise: Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}

const teachingPoint = { name: '修武县东岭教学点', county: '修武县', scope: '农村', nature: '公办', category: '小学', principal: '王永刚', contactName: '李秀芝', contactPhone: '13903920102', staffCount: 6, pupilCount: 30, facilities: ['canteen'] }

function auditRows(ctx: HandlerContext, entity: string): { before: string | null; after: string | null }[] {
  return ctx.session.schoolDb.sqlite.prepare('SELECT before, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { before: string | null; after: string | null }[]
}

describe('small-school mode', () => {
  it('suggests the mode without switching it', async () => {
    const ctx = await context()
    expect(await value(dispatch(ctx, 'small-school:status', {}))).toEqual({ enabled: false, suggestion: { suggested: false, reason: '' } })

    await value(dispatch(ctx, 'school:save', teachingPoint))
    expect(await value(dispatch(ctx, 'small-school:status', {}))).toEqual({
      enabled: false,
      suggestion: { suggested: true, reason: '教职工 6 人（少于 15 人），学生（幼儿）30 人（少于 200 人）' }
    })

    await value(dispatch(ctx, 'school:save', { ...teachingPoint, staffCount: 40, pupilCount: 600 }))
    expect(await value(dispatch(ctx, 'small-school:status', {}))).toMatchObject({ enabled: false, suggestion: { suggested: false } })
  })

  it('switches only on request, with an audit row, and the snapshot carries it', async () => {
    const ctx = await context()
    await value(dispatch(ctx, 'school:save', teachingPoint))
    expect(await value(dispatch(ctx, 'small-school:set-mode', { enabled: true }))).toMatchObject({ enabled: true })
    expect(auditRows(ctx, 'small_school_mode')).toEqual([{ before: '{"enabled":false}', after: '{"enabled":true}' }])

    // Saving the profile again leaves the mode as it is.
    await value(dispatch(ctx, 'school:save', { ...teachingPoint, staffCount: 80, pupilCount: 900 }))
    const data = await loadSchoolData(ctx.session.schoolDb.db)
    expect(data.settings?.smallSchoolMode).toBe(true)

    await value(dispatch(ctx, 'small-school:set-mode', { enabled: false }))
    expect((await loadSchoolData(ctx.session.schoolDb.db)).settings?.smallSchoolMode).toBe(false)
  })

  it('rejects a switch value that is not true or false and changes nothing', async () => {
    const ctx = await context()
    const before = dumpContent(ctx.session.schoolDb.sqlite)
    const result = await dispatch(ctx, 'small-school:set-mode', { enabled: 'yes' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'invalid-choice', field: '小规模学校模式', value: 'yes' })
    expect(describeError(result.error)).toBe('「小规模学校模式」“yes”不在可选范围内，请从下拉列表中选择（可选：开启、关闭）。')
    expect(dumpContent(ctx.session.schoolDb.sqlite)).toBe(before)
  })

  it('needs two leading-group members only', async () => {
    const ctx = await context()
    const leader = await value<{ id: number }>(dispatch(ctx, 'staff:save', { name: '王永刚', phone: '13903920101' }))
    const member = await value<{ id: number }>(dispatch(ctx, 'staff:save', { name: '李秀芝', phone: '13903920102' }))
    await value(dispatch(ctx, 'leading-group:save-member', { staffId: leader.id, role: 'leader', title: '教学点负责人' }))
    await value(dispatch(ctx, 'leading-group:save-member', { staffId: member.id, role: 'member', title: '安全员' }))
    await value(dispatch(ctx, 'leading-group:save-office', { name: '双重预防工作办公室', directorStaffId: member.id }))

    const step = async () => computeWizardProgress(await loadSchoolData(ctx.session.schoolDb.db), undefined).steps.find((entry) => entry.key === 'leading-group')
    expect(await step()).toMatchObject({ complete: false, summary: '已有 2 名成员，至少需要 3 名' })
    await value(dispatch(ctx, 'small-school:set-mode', { enabled: true }))
    expect(await step()).toMatchObject({ complete: true })
  })
})

describe('small-school proposal and quick grading channels', () => {
  it('proposes points and grades directly', async () => {
    const ctx = await context()
    await value(dispatch(ctx, 'school:save', teachingPoint))
    const proposal = await value<{ key: string; added: boolean }[]>(dispatch(ctx, 'small-school:proposal', {}))
    expect(proposal.length).toBeLessThanOrEqual(20)
    expect(proposal.every((point) => !point.added)).toBe(true)

    const keys = proposal.slice(0, 3).map((point) => point.key)
    const points = await value<{ risks: { id: number; level: string; controlLevel: string }[] }[]>(dispatch(ctx, 'risk-points:add-from-library', { keys }))
    const after = await value<{ key: string; added: boolean }[]>(dispatch(ctx, 'small-school:proposal', {}))
    expect(after.filter((point) => point.added).map((point) => point.key)).toEqual(keys)

    // The first proposed point has a 重大 typical risk graded by LEC; the school judges it 较大 by the definitions.
    const risk = points[0].risks.find((candidate) => candidate.level === 'major') as { id: number; controlLevel: string }
    expect(risk.controlLevel).toBe('school')
    const graded = await value<{ risks: { id: number; method: string; level: string; directLevel: string; score: number | null; lecL: number | null; controlLevel: string }[] }>(
      dispatch(ctx, 'risks:quick-grade', { riskId: risk.id, level: 'high' })
    )
    expect(graded.risks.find((candidate) => candidate.id === risk.id)).toMatchObject({ method: 'direct', level: 'high', directLevel: 'high', score: null, lecL: null, controlLevel: 'department' })
    expect(auditRows(ctx, 'risk').length).toBe(1)
  })

  it('rejects a level that is not one of the four and changes nothing', async () => {
    const ctx = await context()
    const before = dumpContent(ctx.session.schoolDb.sqlite)
    const result = await dispatch(ctx, 'risks:quick-grade', { riskId: 1, level: 'red' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-choice', field: '风险等级', value: 'red' } })
    if (!result.ok) expect(describeError(result.error)).toContain('（可选：重大风险、较大风险、一般风险、低风险）')
    expect(await dispatch(ctx, 'risks:quick-grade', { riskId: 999, level: 'low' })).toMatchObject({ ok: false, error: { code: 'not-found', field: '风险' } })
    expect(dumpContent(ctx.session.schoolDb.sqlite)).toBe(before)
  })
})

describe('notice settings channels', () => {
  it('saves settings with an audit row', async () => {
    const ctx = await context()
    expect(await value(dispatch(ctx, 'notice-settings:get', {}))).toEqual({ cardSize: 'A4', cardQrCode: true, boardSize: 'A4', dutyPhone: '', bureauPhone: '' })
    const saved = await value(dispatch(ctx, 'notice-settings:save', { cardSize: 'A5', cardQrCode: false, boardSize: 'A3', dutyPhone: '0391 (3561208)', bureauPhone: '０３９１－７１２２３６５' }))
    expect(saved).toEqual({ cardSize: 'A5', cardQrCode: false, boardSize: 'A3', dutyPhone: '03913561208', bureauPhone: '0391-7122365' })
    expect(await value(dispatch(ctx, 'notice-settings:get', {}))).toEqual(saved)
    expect((await loadSchoolData(ctx.session.schoolDb.db)).settings?.notices).toEqual(saved)
    expect(auditRows(ctx, 'notice_settings').length).toBe(1)
  })

  it.each([
    [{ cardSize: 'A3', cardQrCode: true, boardSize: 'A4' }, { code: 'invalid-choice', field: '告知卡纸张', value: 'A3' }],
    [{ cardSize: 'A4', cardQrCode: 'on', boardSize: 'A4' }, { code: 'invalid-choice', field: '告知卡二维码', value: 'on' }],
    [{ cardSize: 'A4', cardQrCode: true, boardSize: 'A5' }, { code: 'invalid-choice', field: '公告栏纸张', value: 'A5' }],
    [{ cardSize: 'A4', cardQrCode: true, boardSize: 'A4', bureauPhone: '12345' }, { code: 'invalid-phone', field: '县（市、区）教育局电话', value: '12345' }],
    [{ cardSize: 'A4', cardQrCode: true, boardSize: 'A4', dutyPhone: '值班室' }, { code: 'invalid-phone', field: '学校值班电话', value: '值班室' }]
  ])('rejects %j and changes nothing', async (input, error) => {
    const ctx = await context()
    const before = dumpContent(ctx.session.schoolDb.sqlite)
    const result = await dispatch(ctx, 'notice-settings:save', input)
    expect(result).toMatchObject({ ok: false, error })
    if (!result.ok) expect(describeError(result.error)).toContain(`「${error.field}」`)
    expect(dumpContent(ctx.session.schoolDb.sqlite)).toBe(before)
  })
})
