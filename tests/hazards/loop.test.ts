import { describe, expect, it } from 'vitest'
import { AppError, describeError, type AppErrorData } from '../../shared/errors'
import { majorHazardGaps, majorHazardPartLabels, majorHazardParts, type MajorHazardPart } from '../../shared/domain/hazards'
import { hazardCloseInput, hazardRejectInput, hazardUpdateInput } from '../../shared/schemas/hazard-inputs'
import { addHazardPhotos, removeHazardPhoto } from '../../electron/hazards/photos.service'
import { closeHazard, rejectHazard, saveHazardPlan, updateHazard } from '../../electron/hazards/loop.service'
import { registerHazard } from '../../electron/hazards/register.service'
import { dumpContent } from '../helpers/dump'
import { tempFolder } from '../helpers/temp'
import {
  accept,
  close,
  closedHazard,
  hazardSchool,
  plan,
  recordSpot,
  register,
  registration,
  report,
  start,
  submit,
  testNow,
  writePicture
} from './fixture'

async function refusal(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error.data
    throw error
  }
  throw new Error('expected the change to be refused')
}

describe('hazard registration', () => {
  it('numbers hazards YH-<year found>-0001 per year', async () => {
    const school = await hazardSchool()
    const codes = []
    for (const foundOn of ['2026-01-05', '2025-12-30', '2026-03-01', '2025-12-31']) codes.push((await register(school, { foundOn })).hazard.code)
    expect(codes).toEqual(['YH-2026-0001', 'YH-2025-0001', 'YH-2026-0002', 'YH-2025-0002'])
  })

  it('forces 重大 when a criterion is ticked, whatever grade was chosen', async () => {
    const school = await hazardSchool()
    const { hazard, events } = await register(school, { grade: 'general', majorCriteria: ['XF-08', 'XF-03'] })
    expect(hazard.grade).toBe('major')
    expect(hazard.majorCriteria).toEqual(['XF-08', 'XF-03'])
    expect(events[0].note).toMatch(/^重大事故隐患（判定情形：XF-03 在教学楼.*；XF-08 电动自行车/)
  })

  it('refuses a criterion the school list does not have', async () => {
    const school = await hazardSchool()
    const error = await refusal(register(school, { majorCriteria: ['XF-99'] }))
    expect(error).toMatchObject({ code: 'invalid-choice', field: '重大事故隐患判定情形', value: 'XF-99' })
  })

  it('refuses a found date in the future in the school time zone', async () => {
    const school = await hazardSchool()
    const error = await refusal(register(school, { foundOn: '2026-12-05' }))
    expect(describeError(error)).toBe('「发现日期」“2026-12-05”超出范围，不能晚于今天（2026-12-04）。')
  })

  it('stores the roster name of a person picked from the roster', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school, { foundBy: { staffId: school.principal, name: '别的名字' } })
    expect(hazard.foundBy).toEqual({ staffId: school.principal, name: '王建国' })
  })

  it('writes a history event and an audit row for each change', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id)
    const sqlite = school.schoolDb.sqlite
    const events = sqlite.prepare('SELECT action, from_state, to_state FROM hazard_event WHERE hazard_id = ? ORDER BY id').all(hazard.id)
    expect(events).toEqual([
      { action: 'register', from_state: null, to_state: 'reported' },
      { action: 'start-rectification', from_state: 'reported', to_state: 'rectifying' }
    ])
    const audits = sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'hazard' AND entity_id = ? ORDER BY id`).all(hazard.id)
    expect(audits).toEqual([{ action: 'create' }, { action: 'start-rectification' }])
  })
})

describe('修改登记信息', () => {
  it('records what changed in the history', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    const input = hazardUpdateInput.parse({ ...registration(school), id: hazard.id, place: '后厨东墙', category: 'basic' })
    const updated = await updateHazard(school.schoolDb.db, input, testNow)
    expect(updated.hazard).toMatchObject({ place: '后厨东墙', category: 'basic', code: hazard.code })
    expect(updated.events.at(-1)).toMatchObject({ action: 'update', note: '修改了：具体部位、隐患类别；一般事故隐患' })
  })

  it('refuses a found date after the deadline', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school, { foundOn: '2026-11-01' })
    await start(school, hazard.id, { deadline: '2026-11-20' })
    const input = hazardUpdateInput.parse({ ...registration(school), id: hazard.id, foundOn: '2026-11-25' })
    const error = await refusal(updateHazard(school.schoolDb.db, input, testNow))
    expect(describeError(error)).toBe('「发现日期」“2026-11-25”超出范围，不能晚于整改时限（2026-11-20）。')
  })
})

describe('the 重大 rule', () => {
  it('names every missing part of 五落实, 治理方案 and 上报', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school, { grade: 'major' })
    const error = await refusal(start(school, hazard.id, { funds: '', contingency: '', governancePlan: '' }))

    expect(error).toMatchObject({ code: 'hazard-major-incomplete', value: hazard.code, allowed: ['整改资金', '应急预案', '治理方案', '上报记录'] })
    expect(describeError(error)).toMatch(/^重大事故隐患“YH-2026-0001”还缺少：整改资金、应急预案、治理方案、上报记录。/)
  })

  it('names each part alone when only it is missing', async () => {
    const school = await hazardSchool()
    const blanks = { funds: { funds: '' }, contingency: { contingency: '' }, governancePlan: { governancePlan: '  ' }, report: {} }
    for (const [part, blank] of Object.entries(blanks)) {
      const { hazard } = await register(school, { grade: 'major' })
      if (part !== 'report') await report(school, hazard.id)
      const error = await refusal(start(school, hazard.id, blank))
      expect({ part, allowed: error.allowed }).toEqual({ part, allowed: [majorHazardPartLabels[part as MajorHazardPart]] })
    }
  })

  it('lists all seven parts for an empty plan', () => {
    const empty = { staffId: null, name: '' }
    const gaps = majorHazardGaps({ responsible: empty, measures: '', funds: '', deadline: null, contingency: '', governancePlan: '', reportedOn: null, reportTo: '' })
    expect(gaps.map((part) => majorHazardPartLabels[part])).toEqual(['整改责任人', '整改措施', '整改资金', '整改时限', '应急预案', '治理方案', '上报记录'])
    expect(gaps).toEqual([...majorHazardParts])
  })

  it('requires the responsible person, measures and deadline of every hazard in the input', () => {
    expect(() => plan({ caretaker: 1 } as never, 1, { responsible: null })).toThrow(/required/)
    expect(() => plan({ caretaker: 1 } as never, 1, { measures: '' })).toThrow(/required/)
    expect(() => plan({ caretaker: 1 } as never, 1, { deadline: '' })).toThrow(/required/)
  })

  it('starts a 重大 hazard once everything is in place', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school, { grade: 'major' })
    await report(school, hazard.id)
    const started = await start(school, hazard.id)
    expect(started.hazard.state).toBe('rectifying')
  })

  it('refuses to turn a hazard in 整改中 into 重大 without the missing parts', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id, { funds: '', contingency: '', governancePlan: '' })
    const before = dumpContent(school.schoolDb.sqlite)

    const input = hazardUpdateInput.parse({ ...registration(school, { majorCriteria: ['SP-01'] }), id: hazard.id })
    const error = await refusal(updateHazard(school.schoolDb.db, input, testNow))

    expect(error).toMatchObject({ code: 'hazard-major-incomplete', allowed: ['整改资金', '应急预案', '治理方案', '上报记录'] })
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('refuses to clear a part of a 重大 hazard already in 整改中', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school, { grade: 'major' })
    await report(school, hazard.id)
    await start(school, hazard.id)
    const error = await refusal(saveHazardPlan(school.schoolDb.db, plan(school, hazard.id, { contingency: '' }), testNow))
    expect(error).toMatchObject({ code: 'hazard-major-incomplete', allowed: ['应急预案'] })
  })
})

describe('acceptance, rejection and closure', () => {
  it('refuses an acceptor who is the rectifier, by roster id and by name', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id)
    await submit(school, hazard.id)

    const byId = await refusal(accept(school, hazard.id, { acceptor: { staffId: school.caretaker } }))
    expect(byId).toMatchObject({ code: 'hazard-acceptor-is-rectifier', value: '张志强' })
    expect(describeError(byId)).toBe('验收人“张志强”就是该隐患的整改人。验收须由整改人以外的人员办理，请另选验收人。')
    const byName = await refusal(accept(school, hazard.id, { acceptor: { name: '张志强' } }))
    expect(byName.code).toBe('hazard-acceptor-is-rectifier')

    const accepted = await accept(school, hazard.id, { acceptor: { name: '解放区教育局 周科长' } })
    expect(accepted.hazard.acceptor).toEqual({ staffId: null, name: '解放区教育局 周科长' })
  })

  it('sends a rejected hazard back to 整改中 with the reason in its history', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id)
    await submit(school, hazard.id, { rectificationNote: '更换了一具' })

    const rejected = await rejectHazard(school.schoolDb.db, hazardRejectInput.parse({ id: hazard.id, reason: '只换了一具，其余两具压力仍不足' }), testNow)

    expect(rejected.hazard.state).toBe('rectifying')
    expect(rejected.hazard.rectifiedOn).toBeNull()
    const last = rejected.events.at(-1)
    expect(last).toMatchObject({ action: 'reject', fromState: 'awaiting-acceptance', toState: 'rectifying' })
    expect(last?.note).toBe('退回原因：只换了一具，其余两具压力仍不足（退回的整改：张志强，2026-12-03 完成，更换了一具）')

    const again = await submit(school, hazard.id)
    expect(again.hazard.state).toBe('awaiting-acceptance')
  })

  it('refuses 销号 before acceptance', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id)
    await submit(school, hazard.id)
    const error = await refusal(close(school, hazard.id))
    expect(describeError(error)).toBe('隐患“YH-2026-0001”不能办理「销号」：验收通过后才能销号，请先办理验收。')
  })

  it('locks a closed hazard against every change', async () => {
    const school = await hazardSchool()
    const photo = await writePicture(tempFolder(), '现场.jpg', 320, 240)
    const { hazard } = await register(school, {}, [photo])
    await start(school, hazard.id)
    await submit(school, hazard.id)
    await accept(school, hazard.id)
    const closed = await close(school, hazard.id)
    expect(closed.hazard).toMatchObject({ state: 'closed', closedOn: '2026-12-04', closureSeq: 1 })
    const before = dumpContent(school.schoolDb.sqlite)
    const db = school.schoolDb.db

    const attempts = [
      () => updateHazard(db, hazardUpdateInput.parse({ ...registration(school), id: hazard.id, description: '改过的描述' }), testNow),
      () => saveHazardPlan(db, plan(school, hazard.id), testNow),
      () => addHazardPhotos(db, hazard.id, 'rectified', [photo], testNow),
      () => removeHazardPhoto(db, closed.photos[0].id, testNow),
      () => rejectHazard(db, hazardRejectInput.parse({ id: hazard.id, reason: '重新整改' }), testNow),
      () => closeHazard(db, hazardCloseInput.parse({ id: hazard.id, closedOn: '2026-12-04' }), testNow)
    ]
    for (const attempt of attempts) {
      const error = await refusal(attempt())
      expect(error.code).toBe('hazard-closed')
      expect(describeError(error)).toMatch(/^隐患“YH-2026-0001”已销号，记录已锁定/)
    }
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('refuses an acceptance dated before the rectification', async () => {
    const school = await hazardSchool()
    const { hazard } = await register(school)
    await start(school, hazard.id)
    await submit(school, hazard.id)
    const error = await refusal(accept(school, hazard.id, { acceptedOn: '2026-12-02' }))
    expect(describeError(error)).toBe('「验收日期」“2026-12-02”超出范围，不能早于整改完成日期（2026-12-03）。')
  })
})

describe('立即整改', () => {
  it('registers, rectifies and accepts a 一般 hazard in one step', async () => {
    const school = await hazardSchool()
    const detail = await recordSpot(school)
    expect(detail.hazard).toMatchObject({
      state: 'awaiting-acceptance',
      fixedOnTheSpot: true,
      grade: 'general',
      responsible: { staffId: school.caretaker, name: '张志强' },
      deadline: '2026-12-04',
      rectifier: { name: '张志强' },
      acceptor: { name: '刘德福' },
      foundBy: { staffId: null, name: '值周教师 孙丽' }
    })
    expect(detail.events.map((event) => event.action)).toEqual(['register', 'on-the-spot', 'accept'])

    const closed = await close(school, detail.hazard.id)
    expect(closed.hazard.state).toBe('closed')
  })

  it('still needs an acceptor other than the rectifier', async () => {
    const school = await hazardSchool()
    const error = await refusal(recordSpot(school, { acceptor: { staffId: school.caretaker } }))
    expect(error.code).toBe('hazard-acceptor-is-rectifier')
    expect(school.schoolDb.sqlite.prepare('SELECT count(*) AS n FROM hazard').get()).toEqual({ n: 0 })
  })

  it('is refused for a 重大 hazard', async () => {
    const school = await hazardSchool()
    for (const overrides of [{ grade: 'major' }, { majorCriteria: ['TS-02'] }]) {
      const error = await refusal(recordSpot(school, overrides))
      expect(error).toMatchObject({ code: 'hazard-action-not-allowed', field: '立即整改' })
    }
  })
})

describe('inspection results', () => {
  function inspectionResult(school: Awaited<ReturnType<typeof hazardSchool>>, result: 'ok' | 'not-ok'): number {
    const sqlite = school.schoolDb.sqlite
    const inspection = sqlite
      .prepare(`INSERT INTO inspection (inspection_type, inspected_on, inspector_name, created_at) VALUES ('daily', '2026-12-01', '刘德福', 'x')`)
      .run().lastInsertRowid
    return Number(
      sqlite
        .prepare(`INSERT INTO inspection_result (inspection_id, item_no, risk_point_id, content, result) VALUES (?, 1, ?, '灭火器压力正常', ?)`)
        .run(inspection, school.riskPointId, result).lastInsertRowid
    )
  }

  it('registers a hazard from a not-OK result once, with the result\'s risk point', async () => {
    const school = await hazardSchool()
    const resultId = inspectionResult(school, 'not-ok')
    const input = registration(school, { riskPointId: null, inspectionResultId: resultId })
    const { hazard } = await registerHazard(school.schoolDb.db, input, undefined, testNow)
    expect(hazard).toMatchObject({ inspectionResultId: resultId, riskPointId: school.riskPointId, source: 'inspection' })

    const twice = await refusal(registerHazard(school.schoolDb.db, input, undefined, testNow))
    expect(twice).toMatchObject({ code: 'hazard-result-registered', value: hazard.code })
  })

  it('refuses a result that was OK', async () => {
    const school = await hazardSchool()
    const resultId = inspectionResult(school, 'ok')
    const error = await refusal(registerHazard(school.schoolDb.db, registration(school, { inspectionResultId: resultId }), undefined, testNow))
    expect(error).toMatchObject({ code: 'invalid-input', field: '排查结果' })
  })
})

describe('closedHazard fixture', () => {
  it('closes in sequence', async () => {
    const school = await hazardSchool()
    expect((await closedHazard(school)).hazard.closureSeq).toBe(1)
    expect((await closedHazard(school)).hazard.closureSeq).toBe(2)
  })
})
