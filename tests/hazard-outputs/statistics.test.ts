import { describe, expect, it } from 'vitest'
import { axisScale, renderBarChartSvg, wrapLabel } from '../../shared/charts/bar-chart'
import { hazardFigures, type CountedHazard } from '../../shared/statistics/hazard-figures'
import { inspectionFigures, type CountedInspection, type CountedPlan } from '../../shared/statistics/inspection-figures'
import { monthPeriod, monthsOf, termPeriod } from '../../shared/statistics/report-periods'
import { buildHazardStatistics } from '../../electron/documents/hazard-statistics'
import { bodyBlocks, readDocx, tables } from '../documents/docx-reader'
import { docxPictures } from '../notices/docx-media'
import { outputSchool, snapshotOf } from './fixture'

let nextId = 1

/** Builds a hazard with the fields the figures read, and plain defaults for the rest. */
function hazard(fields: Partial<CountedHazard> & Pick<CountedHazard, 'foundOn'>): CountedHazard {
  const id = nextId++
  return {
    id,
    code: `YH-2026-${String(id).padStart(4, '0')}`,
    description: `隐患${id}`,
    place: '',
    riskPointId: 1,
    grade: 'general',
    state: 'reported',
    deadline: null,
    rectifiedOn: null,
    closedOn: null,
    fixedOnTheSpot: false,
    responsible: { name: '' },
    ...fields
  }
}

const term = { name: '2026—2027学年第一学期', startsOn: '2026-09-01', endsOn: '2027-01-22' }

describe('report periods', () => {
  it('takes the month and the calendar term of the day', () => {
    expect(monthPeriod('2026-12-04')).toMatchObject({ name: '2026年12月', startsOn: '2026-12-01', endsOn: '2026-12-31', countedTo: '2026-12-04' })
    expect(monthPeriod('2027-02-28')).toMatchObject({ startsOn: '2027-02-01', endsOn: '2027-02-28' })
    expect(termPeriod('2026-12-04', [term])).toMatchObject({ ...term, countedTo: '2026-12-04', fromCalendar: true })
  })

  it('keeps the term just finished during the holiday after it', () => {
    expect(termPeriod('2027-02-10', [term])).toMatchObject({ name: term.name, countedTo: '2027-01-22', fromCalendar: true })
    expect(termPeriod('2027-05-10', [term])).toMatchObject({ name: '2026—2027学年第二学期', fromCalendar: false })
  })

  it('lists the months a term touches', () => {
    expect(monthsOf({ startsOn: '2026-09-01', countedTo: '2026-12-04' }).map((month) => [month.label, month.startsOn, month.endsOn])).toEqual([
      ['9月', '2026-09-01', '2026-09-30'],
      ['10月', '2026-10-01', '2026-10-31'],
      ['11月', '2026-11-01', '2026-11-30'],
      ['12月', '2026-12-01', '2026-12-04']
    ])
  })
})

describe('hazard figures', () => {
  // Around the boundaries of December 2026 and of the term starting on 1 September.
  const hazards = [
    hazard({ foundOn: '2026-08-31', state: 'closed', deadline: '2026-09-05', rectifiedOn: '2026-09-02', closedOn: '2026-09-03' }),
    hazard({ foundOn: '2026-11-30', state: 'closed', deadline: '2026-12-02', rectifiedOn: '2026-12-03', closedOn: '2026-12-03' }),
    hazard({ foundOn: '2026-12-01', state: 'rectifying', deadline: '2026-12-03', riskPointId: 2 }),
    hazard({ foundOn: '2026-12-04', grade: 'major', state: 'rectifying', deadline: '2026-12-20', riskPointId: 2 }),
    hazard({ foundOn: '2026-12-04', state: 'closed', deadline: '2026-12-04', rectifiedOn: '2026-12-04', closedOn: '2026-12-04', fixedOnTheSpot: true }),
    hazard({ foundOn: '2026-11-15', state: 'closed', deadline: '2026-11-20', rectifiedOn: '2026-11-19', closedOn: '2026-11-30' }),
    hazard({ foundOn: '2026-12-05', state: 'reported' })
  ]
  const areaOf = (counted: CountedHazard) => (counted.riskPointId === 2 ? '食堂' : '教学楼')

  it('counts a month from its first day to the report day', () => {
    const figures = hazardFigures(hazards, monthPeriod('2026-12-04'), areaOf)
    expect(figures.totals).toMatchObject({ found: 3, closed: 2, open: 2, overdue: 1, closedOnTime: 1, fixedOnTheSpot: 1 })
    expect(figures.totals.onTimeRate).toBe(0.5)
    expect(figures.byGrade.map((row) => [row.grade, row.found, row.closed, row.open])).toEqual([
      ['general', 2, 2, 1],
      ['major', 1, 0, 1]
    ])
    expect(figures.byArea.map((row) => [row.label, row.found, row.open, row.overdue])).toEqual([
      ['食堂', 2, 2, 1],
      ['教学楼', 1, 0, 0]
    ])
    expect(figures.supervision.map((row) => [row.grade, row.overdueDays])).toEqual([
      ['major', 0],
      ['general', 1]
    ])
  })

  it('counts a term by month, leaving out what came before it', () => {
    const figures = hazardFigures(hazards, termPeriod('2026-12-04', [term]), areaOf)
    expect(figures.totals).toMatchObject({ found: 5, closed: 4, open: 2 })
    expect(figures.byMonth.map((month) => [month.label, month.found, month.closed])).toEqual([
      ['9月', 0, 1],
      ['10月', 0, 0],
      ['11月', 2, 1],
      ['12月', 3, 2]
    ])
  })

  it('judges open and overdue on the last day of an earlier period', () => {
    const november = { ...monthPeriod('2026-11-15'), countedTo: '2026-11-30' }
    const figures = hazardFigures(hazards, november, areaOf)
    // On 30 November the hazard closed on 3 December was still open.
    expect(figures.totals).toMatchObject({ found: 2, closed: 1, open: 1, overdue: 0 })
  })
})

describe('inspection figures', () => {
  const plan: CountedPlan = {
    id: 1,
    name: '每周巡查',
    inspectionType: 'daily',
    frequency: 'weekly',
    beforeKind: null,
    active: true,
    startsOn: null,
    endsOn: null,
    createdAt: '2026-11-01T16:00:00.000Z'
  }
  const calendar = [{ kind: 'term' as const, ...term }]
  const inspections: CountedInspection[] = [
    { id: 1, planId: 1, inspectionType: 'daily', inspectedOn: '2026-11-04' },
    { id: 2, planId: 1, inspectionType: 'daily', inspectedOn: '2026-11-18' },
    { id: 3, planId: null, inspectionType: 'special', inspectedOn: '2026-11-20' }
  ]

  it('counts the weeks due and done in a month', () => {
    const november = { ...monthPeriod('2026-11-15'), countedTo: '2026-11-30' }
    const figures = inspectionFigures([plan], calendar, inspections, november)
    // The plan was adopted on Monday 2 November (Beijing time). Its weeks in November: 2–8 (done), 9–15,
    // 16–22 (done), 23–29; the week of 30 November is running.
    expect(figures).toEqual([
      { type: 'daily', label: '日常排查', due: 5, done: 2, missed: 2, running: 1, records: 2 },
      { type: 'special', label: '专项排查', due: 0, done: 0, missed: 0, running: 0, records: 1 }
    ])
  })
})

describe('bar chart', () => {
  it('draws bars with their numbers and a legend', () => {
    const svg = renderBarChartSvg({
      title: '各区域隐患数量',
      unit: '项',
      categories: ['食堂', '教学楼'],
      series: [
        { name: '本期发现', colour: '#4472C4', values: [3, 1] },
        { name: '未销号', colour: '#ED7D31', values: [2, 0] }
      ]
    })
    // Each series: its legend swatch and a bar per value above zero; a zero gets only its number.
    expect(svg.match(/<rect [^>]*fill="#4472C4"/g)).toHaveLength(3)
    expect(svg.match(/<rect [^>]*fill="#ED7D31"/g)).toHaveLength(2)
    for (const text of ['各区域隐患数量', '本期发现', '未销号', '食堂', '教学楼', '>3<', '>0<']) expect(svg).toContain(text)
    expect(svg).toContain('font-family="Microsoft YaHei, SimHei, Noto Sans CJK SC, sans-serif"')
  })

  it('says so when there is nothing to count', () => {
    const svg = renderBarChartSvg({ title: '空', unit: '项', categories: ['食堂'], series: [{ name: '发现', colour: '#000000', values: [0] }], emptyText: '本期没有隐患' })
    expect(svg).toContain('本期没有隐患')
  })

  it('escapes names and picks whole steps', () => {
    expect(renderBarChartSvg({ title: '<a&b>', unit: '项', categories: [], series: [] })).toContain('&lt;a&amp;b&gt;')
    expect(axisScale(0)).toEqual({ top: 5, step: 1 })
    expect(axisScale(7)).toEqual({ top: 8, step: 2 })
    expect(axisScale(43)).toEqual({ top: 50, step: 10 })
    expect(wrapLabel('创客教室、科技活动室、机器人和无人机训练场地', 120, 24)).toHaveLength(2)
    expect(wrapLabel('创客教室、科技活动室、机器人和无人机训练场地', 120, 24)[1]).toMatch(/…$/)
  })
})

describe('statistics report document', () => {
  it('prints the month and term figures with charts', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const buffer = await buildHazardStatistics(data)
    const xml = readDocx(buffer)['word/document.xml']
    const blocks = bodyBlocks(xml)

    expect(blocks.filter((block) => block.heading === 1).map((block) => block.text)).toEqual(['一、月度统计（2026年12月）', '二、学期统计（2026—2027学年第一学期）'])
    const gradeTables = tables(xml).filter((table) => table.rows[0].text === '隐患等级本期发现本期销号未销号其中逾期')
    // December: found 3 (two 一般, one 重大), closed 2, open 5 of which 1 overdue.
    expect(gradeTables[0].rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['隐患等级', '本期发现', '本期销号', '未销号', '其中逾期'],
      ['一般事故隐患', '2', '2', '3', '1'],
      ['重大事故隐患', '1', '0', '2', '0'],
      ['合计', '3', '2', '5', '1']
    ])
    const text = blocks.map((block) => block.text).join('\n')
    expect(text).toContain('本月共发现事故隐患3项（其中重大事故隐患1项，立查立改1项），销号2项')
    expect(text).toContain('校历中没有本学期，按通常的学期日期统计')
    expect(text).toContain('尚有重大事故隐患2项未销号')

    // Two charts for the month, three for the term, each a PNG picture.
    const pictures = [...docxPictures(buffer).values()]
    expect(pictures).toHaveLength(5)
    for (const picture of pictures) expect(picture.subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})
