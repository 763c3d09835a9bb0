import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { calendarForSchoolYear } from '../../shared/inspections/calendar-proposal'
import { calendarAddInput } from '../../shared/schemas/inspection-inputs'
import { hazardRegisterInput } from '../../shared/schemas/hazard-inputs'
import { registerHazard } from '../../electron/hazards/register.service'
import { buildHazardManual } from '../../electron/documents/hazard-manual'
import { buildPlanChecklists, inspectionChecklists } from '../../electron/documents/inspection-checklists'
import { addCalendarPeriods } from '../../electron/inspections/calendar.service'
import { loadPlanChecklist } from '../../electron/inspections/plan-checklist'
import { loadPlan } from '../../electron/inspections/plan-rows'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { bodyBlocks, readDocx, tables } from '../documents/docx-reader'
import { addPlan, inspectionSchool, record, testNow, type InspectionSchool } from './fixture'

async function documentXml(content: Promise<Buffer>): Promise<string> {
  return readDocx(await content)['word/document.xml']
}

/** Creates the school with a gate patrol (3 items) and a whole-school check before holidays (11 items). */
async function plannedSchool(): Promise<{ school: InspectionSchool; data: SchoolData; gateId: number; holidayId: number }> {
  const school = await inspectionSchool()
  const gate = await addPlan(school)
  const holiday = await addPlan(school, { name: '节假日前排查', inspectionType: 'holiday', frequency: 'beforeHoliday', responsiblePostId: school.posts.deputy.id, scope: 'all' })
  return { school, data: await loadSchoolData(school.schoolDb.db, testNow), gateId: gate.id, holidayId: holiday.id }
}

const itemHeader = ['序号', '风险点', '检查内容', '检查标准', '检查结果', '问题描述']

describe('inspection checklists', () => {
  it('prints each active plan with its items numbered as they are typed back', async () => {
    const { school, data, gateId, holidayId } = await plannedSchool()
    const xml = await documentXml(buildPlanChecklists(data))
    const itemTables = tables(xml).filter((table) => table.rows[0].cells.map((cell) => cell.text).join('|') === itemHeader.join('|'))
    expect(itemTables.length).toBe(2)

    for (const [table, planId] of [[itemTables[0], gateId], [itemTables[1], holidayId]] as const) {
      const checklist = await loadPlanChecklist(school.schoolDb.db, await loadPlan(school.schoolDb.db, planId))
      const rows = table.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))
      expect(rows.map((cells) => [Number(cells[0]), cells[2]])).toEqual(checklist.items.map((item) => [item.itemNo, item.content]))
      // The risk point is printed once, in a cell that covers its items.
      const firstOfPoint = checklist.items.filter((item, position) => position === 0 || checklist.items[position - 1].riskPointId !== item.riskPointId)
      expect(rows.map((cells) => cells[1]).filter(Boolean)).toEqual(firstOfPoint.map((item) => item.riskPointLabel))
      expect(rows.every((cells) => cells[4] === '□合格□不合格□不适用')).toBe(true)
      expect(bodyBlocks(xml).some((block) => block.text.includes(`检查表版本：${planId}-${checklist.version}`))).toBe(true)
    }
    expect(itemTables[0].rows[0].isHeader).toBe(true)
  })

  it('heads each plan with its type, time, people and blanks to sign', async () => {
    const { data } = await plannedSchool()
    const xml = await documentXml(buildPlanChecklists(data))
    const texts = bodyBlocks(xml).map((block) => block.text)
    expect(texts).toContain('门卫日常排查安全检查表')
    expect(texts).toContain('节假日前排查安全检查表')
    const header = tables(xml).find((table) => table.rows[0].text.startsWith('排查计划节假日前排查'))
    expect(header?.rows.map((row) => row.text)).toEqual([
      '排查计划节假日前排查排查类型节假日排查',
      '排查时间每个假期前 7 天内检查范围全部排查项，共 11 项',
      '责任岗位／责任人分管安全副校长',
      '检查日期＿＿＿＿年＿＿月＿＿日检查人'
    ])
    const closing = tables(xml).find((table) => table.rows[0].text.startsWith('不合格项'))
    expect(closing?.rows.slice(0, 3).map((row) => row.text)).toEqual(['不合格项共＿＿项，序号：不适用项共＿＿项，序号：', '发现的隐患□无　□有，已登记隐患编号：', '检查人（签字）负责人（签字）'])
  })

  it('lists the plans on the front page', async () => {
    const { data, gateId } = await plannedSchool()
    const xml = await documentXml(buildPlanChecklists(data))
    const overview = tables(xml)[0]
    expect(overview.rows[0].cells.map((cell) => cell.text)).toEqual(['序号', '排查计划', '排查类型', '排查时间', '责任岗位／责任人', '检查项数', '版本'])
    expect(overview.rows[1].cells.slice(0, 6).map((cell) => cell.text)).toEqual(['1', '门卫日常排查', '日常排查', '每班次', '门卫', '3'])
    expect(overview.rows[1].cells[6].text).toMatch(new RegExp(`^${gateId}-[0-9A-F]{4}$`))
  })

  it('pages by risk point keeping numbers', async () => {
    const { data, holidayId } = await plannedSchool()
    const xml = await documentXml(buildPlanChecklists(data, { planIds: [holidayId], byPoint: true, withoutFrontPage: true }))
    const itemTables = tables(xml).filter((table) => table.rows[0].cells[0]?.text === '序号' && table.rows[0].cells[1]?.text === '风险点')
    expect(itemTables.map((table) => table.rows.slice(1).map((row) => Number(row.cells[0].text)))).toEqual([[1, 2, 3], [4, 5, 6, 7, 8], [9, 10, 11]])
    const titles = bodyBlocks(xml).filter((block) => block.text.startsWith('节假日前排查安全检查表')).map((block) => block.text)
    expect(titles).toEqual(['节假日前排查安全检查表（第 1—3 项）', '节假日前排查安全检查表（第 4—8 项）', '节假日前排查安全检查表（第 9—11 项）'])
    expect(xml).toContain('检查区域')
    expect(bodyBlocks(xml).filter((block) => block.xml.includes('<w:pageBreakBefore/>')).length).toBe(3)
  })

  it('is skipped while the school has no active plan', async () => {
    const school = await inspectionSchool()
    const data = await loadSchoolData(school.schoolDb.db, testNow)
    expect(inspectionChecklists.skipReason?.(data)).toContain('尚未制定启用的排查计划')
    await addPlan(school)
    expect(inspectionChecklists.skipReason?.(await loadSchoolData(school.schoolDb.db, testNow))).toBeUndefined()
  })
})

describe('hazard manual plan chapter', () => {
  it('prints the school’s plans with their dates and the calendar', async () => {
    const { school } = await plannedSchool()
    await addCalendarPeriods(school.schoolDb.db, calendarAddInput.parse({ periods: calendarForSchoolYear(2026) }))
    await addPlan(school, { name: '开学前综合排查', inspectionType: 'comprehensive', frequency: 'beforeHoliday', beforeKind: 'term', scope: 'all' })
    const xml = await documentXml(buildHazardManual(await loadSchoolData(school.schoolDb.db, testNow)))

    const plans = tables(xml).find((table) => table.rows[0].text.startsWith('序号排查计划类型时间安排'))
    const rows = plans?.rows.slice(1).map((row) => row.cells.map((cell) => cell.text)) ?? []
    expect(rows.map((cells) => cells[1])).toEqual(['门卫日常排查', '节假日前排查', '开学前综合排查'])
    expect(rows[2][3]).toBe('每学期开学前 7 天内：2026—2027学年第一学期前 8月25日—8月31日；2026—2027学年第二学期前 2月14日—2月20日')
    expect(rows[0][3]).toBe('每班次（上课日）')
    expect(rows[1][3]).toContain('国庆节前 9月24日—9月30日')
    expect(rows[1][3]).toContain('暑假前 6月29日—7月5日')

    const calendar = tables(xml).find((table) => table.rows[0].text === '序号时段类型起止日期天数')
    expect(calendar?.rows[1].cells.map((cell) => cell.text)).toEqual(['1', '2026—2027学年第一学期', '学期', '2026-09-01 至 2027-01-20', '142'])
    expect(tables(xml).some((table) => table.rows[0].text.startsWith('排查项目类型123'))).toBe(false)
  })

  it('counts this term’s inspections by type', async () => {
    const { school, gateId, holidayId } = await plannedSchool()
    await addCalendarPeriods(school.schoolDb.db, calendarAddInput.parse({ periods: calendarForSchoolYear(2026) }))
    const gate = await record(school, gateId, { inspectedOn: '2026-12-02', marks: [{ itemNo: 2, result: 'not-ok', note: '晚关' }] })
    await record(school, gateId, { inspectedOn: '2026-12-03' })
    // In the week before the term: it prepares the term, so it counts for it.
    await record(school, holidayId, { inspectedOn: '2026-08-28', inspectorStaffId: school.deputy, marks: [{ itemNo: 10, result: 'not-ok', note: '' }, { itemNo: 11, result: 'na', note: '' }] })
    await record(school, gateId, { inspectedOn: '2026-06-15' })
    await registerHazard(
      school.schoolDb.db,
      hazardRegisterInput.parse({ description: '校门晚关', foundOn: '2026-12-02', foundBy: { staffId: school.gatekeeper }, source: 'inspection', category: 'site', grade: 'general', inspectionResultId: gate.results[1].id }),
      undefined,
      testNow
    )

    const xml = await documentXml(buildHazardManual(await loadSchoolData(school.schoolDb.db, testNow)))
    const summary = tables(xml).find((table) => table.rows[0].text === '排查类型排查次数检查项次不合格项登记隐患')
    expect(summary?.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['日常排查', '2', '6', '1', '1'],
      ['节假日排查', '1', '11', '1', '0'],
      ['合计', '3', '17', '2', '1']
    ])
    const texts = bodyBlocks(xml).map((block) => block.text)
    expect(texts).toContain('本学期（2026—2027学年第一学期）截至2026-12-04共开展排查3次，检查17项次，发现不合格2项，登记隐患1条。各类排查情况如下：')
  })
})
