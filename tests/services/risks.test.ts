import { describe, expect, it } from 'vitest'
import { riskInput, riskPointInput, schoolInput } from '../../shared/schemas/inputs'
import type { RiskInput } from '../../shared/schemas/inputs'
import { deleteCheckItem, deriveCheckItems, listCheckItems, saveCheckItem } from '../../electron/checklist/check-items.service'
import { listPosts } from '../../electron/posts/posts.service'
import { riskLibrary } from '../../electron/resources/builtin'
import { listLibrary } from '../../electron/risks/library.service'
import { deleteMeasure, saveMeasure } from '../../electron/risks/measures.service'
import { addRiskPointsFromLibrary, deleteRiskPoint, listRiskPoints, saveRiskPoint } from '../../electron/risks/risk-points.service'
import { deleteRisk, saveRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import type { Db } from '../../electron/db/transaction'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'

async function customPoint(db: Db, name = '校园围墙') {
  return saveRiskPoint(db, riskPointInput.parse({ name, kind: 'facility', area: '校园周界' }))
}

function risk(riskPointId: number, overrides: Partial<Record<keyof RiskInput, unknown>> = {}): RiskInput {
  return riskInput.parse({
    riskPointId,
    hazard: '围墙局部开裂、倾斜，雨后浸泡',
    factorType: '物的因素',
    consequence: '墙体倒塌砸伤学生',
    accidentTypes: ['10', '01'],
    method: 'lec',
    lecL: 3,
    lecE: 6,
    lecC: 15,
    ...overrides
  })
}

describe('risk points', () => {
  it('numbers custom points FX-001, FX-002 and keeps numbers after a deletion', async () => {
    const { db } = await newSchool()
    const first = await customPoint(db, '校园围墙')
    const second = await customPoint(db, '化粪池')
    await deleteRiskPoint(db, first.id)
    const third = await customPoint(db, '旗杆')
    expect([first.code, second.code, third.code]).toEqual(['FX-001', 'FX-002', 'FX-003'])
  })

  it('grades a risk with LEC on save and derives the control level', async () => {
    const { db } = await newSchool()
    const point = await customPoint(db)
    const saved = await saveRisk(db, risk(point.id))
    expect(saved.risks[0]).toMatchObject({ method: 'lec', score: 270, level: 'high', controlLevel: 'department', lsL: null })
  })

  it('grades with LS and with a direct level', async () => {
    const { db } = await newSchool()
    const point = await customPoint(db)
    await saveRisk(db, risk(point.id, { method: 'ls', lsL: 4, lsS: 5 }))
    const saved = await saveRisk(db, risk(point.id, { method: 'direct', directLevel: 'low' }))
    expect(saved.risks.map((item) => [item.method, item.score, item.level])).toEqual([
      ['ls', 20, 'major'],
      ['direct', null, 'low']
    ])
    expect(saved.risks[0].lecL).toBeNull()
  })

  it('refuses an LEC factor of 5 and saves nothing', async () => {
    const { db, sqlite } = await newSchool()
    const point = await customPoint(db)
    const before = dumpContent(sqlite)
    await expect(saveRisk(db, risk(point.id, { lecL: 5 }))).rejects.toMatchObject({
      data: { code: 'factor-not-on-scale', value: '5' }
    })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('deletes a point with its risks, measures and check items', async () => {
    const { db, sqlite } = await newSchool()
    const point = await customPoint(db)
    const withRisk = await saveRisk(db, risk(point.id))
    await saveMeasure(db, { id: null, riskId: withRisk.risks[0].id, category: 'management', content: '每学期检查围墙一次', controlLevel: 'department', ownerPostId: null, ownerStaffId: null })
    await deriveCheckItems(db)
    await deleteRiskPoint(db, point.id)
    for (const table of ['risk', 'control_measure', 'check_item']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
  })
})

describe('the built-in library', () => {
  it('lists which points fit a boarding school with a canteen', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试学校', category: '一贯制学校', facilities: ['canteen', 'dormitory'] }))
    const entries = await listLibrary(db)
    expect(entries.length).toBe(riskLibrary.riskPoints.length)
    const applicable = entries.filter((entry) => entry.applies)
    expect(applicable.length).toBeGreaterThanOrEqual(20)
    const kindergartenOnly = riskLibrary.riskPoints.filter((point) => point.appliesTo.categories.length === 1 && point.appliesTo.categories[0] === '幼儿园')
    for (const point of kindergartenOnly) expect(entries.find((entry) => entry.key === point.key)?.applies).toBe(false)
  })

  it('adds points with graded risks, measures, owner posts and check items', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试学校', category: '小学', facilities: [] }))
    const library = riskLibrary.riskPoints.filter((point) => point.appliesTo.facilities.length === 0).slice(0, 3)
    const added = await addRiskPointsFromLibrary(db, library.map((point) => point.key))

    expect(added.map((point) => point.name)).toEqual(library.map((point) => point.name))
    const risks = added.flatMap((point) => point.risks)
    expect(risks.length).toBe(library.reduce((sum, point) => sum + point.risks.length, 0))
    expect(risks.every((item) => item.method === 'lec' && item.score !== null && item.ownerPostId !== null)).toBe(true)
    expect(risks.every((item) => item.measures.length > 0)).toBe(true)

    const postCodes = (await listPosts(db)).map((post) => post.code)
    expect(postCodes).toContain(library[0].ownerPostCode)
    const checks = await listCheckItems(db)
    const libraryChecks = library.flatMap((point) => point.risks.flatMap((item) => item.measures.filter((measure) => measure.check)))
    expect(checks.length).toBe(libraryChecks.length)
  })

  it('adds no workshop post for a school without a workshop', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试学校', category: '普通初中', facilities: ['laboratory'] }))
    await addRiskPointsFromLibrary(db, ['gas-cylinders'])

    const posts = await listPosts(db)
    expect(posts.map((post) => post.code)).not.toContain('workshop-instructor')
    const checks = await listCheckItems(db)
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.every((item) => item.responsiblePostId !== null)).toBe(true)
  })

  it('adds the workshop post when the school has a workshop', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试职校', category: '中职', facilities: ['laboratory', 'workshop'] }))
    await addRiskPointsFromLibrary(db, ['gas-cylinders'])

    expect((await listPosts(db)).map((post) => post.code)).toContain('workshop-instructor')
  })

  it('skips points that are already added', async () => {
    const { db } = await newSchool()
    const key = riskLibrary.riskPoints[0].key
    await addRiskPointsFromLibrary(db, [key])
    const second = await addRiskPointsFromLibrary(db, [key])
    expect(second).toEqual([])
    expect(await listRiskPoints(db)).toHaveLength(1)
  })

  it('gives a kindergarten the kindergarten counterpart of a school post', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试幼儿园', category: '幼儿园', facilities: [] }))
    const point = riskLibrary.riskPoints.find((candidate) => candidate.risks.some((item) => item.ownerPostCode === 'class-teacher'))
    if (!point) return
    await addRiskPointsFromLibrary(db, [point.key])
    const names = (await listPosts(db)).map((post) => post.name)
    expect(names).toContain('班级教师')
    expect(names).not.toContain('班主任')
  })

  it('adds a library owner post in the kindergarten wording', async () => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '测试幼儿园', category: '幼儿园', facilities: ['schoolBus'] }))
    const point = riskLibrary.riskPoints.find((candidate) => candidate.risks.some((item) => item.ownerPostCode.startsWith('bus-')))
    if (!point) throw new Error('no library point owned by a school bus post')
    await addRiskPointsFromLibrary(db, [point.key])

    const duties = (await listPosts(db)).filter((post) => post.code?.startsWith('bus-')).flatMap((post) => post.responsibilities.map((item) => item.content))
    expect(duties.join('\n')).toContain('幼儿')
    for (const duty of duties) expect(duty).not.toMatch(/（幼儿）|（园）/)
  })

  it('reports an unknown library key and adds nothing', async () => {
    const { db, sqlite } = await newSchool()
    const before = dumpContent(sqlite)
    await expect(addRiskPointsFromLibrary(db, [riskLibrary.riskPoints[0].key, 'no-such-point'])).rejects.toMatchObject({
      data: { code: 'not-found', detail: 'no-such-point' }
    })
    expect(dumpContent(sqlite)).toBe(before)
  })
})

describe('check items', () => {
  it('derives one item per measure and keeps edited and removed items as they are', async () => {
    const { db } = await newSchool()
    const point = await customPoint(db)
    const withRisk = await saveRisk(db, risk(point.id))
    const riskId = withRisk.risks[0].id
    const measure = (content: string, category: 'engineering' | 'training') =>
      saveMeasure(db, { id: null, riskId, category, content, controlLevel: 'department', ownerPostId: null, ownerStaffId: null })
    await measure('围墙裂缝处加固，设置警示带', 'engineering')
    await measure('雨季前对学生进行远离围墙的教育', 'training')

    const derived = await deriveCheckItems(db)
    expect(derived).toHaveLength(2)
    expect(derived[0]).toMatchObject({ frequency: 'weekly', inspectionType: 'daily', method: '查看现场' })
    expect(derived[0].content).toContain('是否落实')
    expect(derived[1]).toMatchObject({ frequency: 'term', inspectionType: 'comprehensive' })

    await saveCheckItem(db, { ...derived[0], content: '围墙有无新增裂缝、倾斜', measureId: derived[0].measureId })
    await deleteCheckItem(db, derived[1].id)
    const again = await deriveCheckItems(db)
    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({ content: '围墙有无新增裂缝、倾斜', edited: true })
  })

  it('keeps an edited item when its measure is deleted', async () => {
    const { db } = await newSchool()
    const point = await customPoint(db)
    const withRisk = await saveRisk(db, risk(point.id))
    const afterMeasure = await saveMeasure(db, { id: null, riskId: withRisk.risks[0].id, category: 'management', content: '每周巡查', controlLevel: 'department', ownerPostId: null, ownerStaffId: null })
    const [item] = await deriveCheckItems(db)
    await saveCheckItem(db, { ...item, content: '围墙巡查记录是否完整' })
    await deleteMeasure(db, afterMeasure.risks[0].measures[0].id)
    const items = await listCheckItems(db)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ measureId: null, content: '围墙巡查记录是否完整' })
  })

  it('removes a risk with its measures and their derived items', async () => {
    const { db } = await newSchool()
    const point = await customPoint(db)
    const withRisk = await saveRisk(db, risk(point.id))
    await saveMeasure(db, { id: null, riskId: withRisk.risks[0].id, category: 'management', content: '每周巡查', controlLevel: 'department', ownerPostId: null, ownerStaffId: null })
    await deriveCheckItems(db)
    await deleteRisk(db, withRisk.risks[0].id)
    expect(await listCheckItems(db)).toHaveLength(0)
  })
})
