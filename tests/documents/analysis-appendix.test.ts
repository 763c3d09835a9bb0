import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { riskLevelInfo } from '../../shared/domain/levels'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { cleanText } from '../../electron/documents/layout/text'
import { readSchoolData } from '../../electron/outputs/generate-outputs'
import { tempFolder } from '../helpers/temp'
import { built } from './build-cache'
import { bodyBlocks, tables, type TableInfo } from './docx-reader'
import { fixtureSchool, schoolWithoutRisks } from './fixture'

/** A record table with the caption printed above it, e.g. "表21 FX-01 学生食堂 安全检查表分析（SCL）记录表" (with wide spaces). */
interface CaptionedTable {
  caption: string
  table: TableInfo
}

async function appendix(variant: string, data: () => SchoolData) {
  const xml = (await built('risk-control-manual', variant, data))['word/document.xml']
  const blocks = bodyBlocks(xml)
  const start = blocks.findIndex((block) => block.heading === 1 && block.text.startsWith('附录'))
  const parsed = tables(xml)
  const tablesBefore = blocks.slice(0, start).filter((block) => block.kind === 'table').length
  const own = blocks.slice(start)

  const captioned: CaptionedTable[] = []
  let tableIndex = tablesBefore
  own.forEach((block, position) => {
    if (block.kind !== 'table') return
    captioned.push({ caption: own[position - 1]?.text ?? '', table: parsed[tableIndex] })
    tableIndex += 1
  })
  return { blocks: own, text: own.map((block) => block.text).join('\n'), tables: captioned }
}

function tableOf(found: CaptionedTable[], captionPart: string): TableInfo {
  const match = found.find((entry) => entry.caption.includes(captionPart))
  if (!match) throw new Error(`no table captioned with ${captionPart}; captions: ${found.map((entry) => entry.caption).join(' | ')}`)
  return match.table
}

function cellTexts(table: TableInfo, row: number): string[] {
  return table.rows[row].cells.map((cell) => cell.text)
}

/** The fixture school with an SCL record of 学生食堂 and a JHA record of 放学路队; 校门口 and 新建车棚 have none. */
function schoolWithRecords(): SchoolData {
  const base = fixtureSchool()
  const links: Record<number, number> = { 1: 1, 2: 1, 4: 3 }
  const riskPoints = base.riskPoints.map((point) => ({
    ...point,
    risks: point.risks.map((risk) => ({ ...risk, analysisEntryId: links[risk.id] ?? null }))
  }))
  return {
    ...base,
    riskPoints,
    analysisEntries: [
      {
        id: 1,
        riskPointId: 1,
        method: 'scl',
        seq: 1,
        item: '燃气管道与阀门\u0001',
        standard: '管道无锈蚀泄漏\n报警器与切断阀联动',
        deviation: '管道阀门老化泄漏；可能导致燃气爆炸',
        existingControls: '工程技术：安装燃气泄漏报警装置并与紧急切断阀联动。'
      },
      { id: 2, riskPointId: 1, method: 'scl', seq: 2, item: '排烟罩', standard: '', deviation: '', existingControls: '' },
      {
        id: 3,
        riskPointId: 3,
        method: 'jha',
        seq: 1,
        item: '各班下楼',
        standard: '',
        deviation: '楼梯口拥挤推搡',
        existingControls: '班主任按规定路线护送学生离校'
      }
    ]
  }
}

describe('appendix of identification records', () => {
  it('follows the last chapter with JHA and SCL parts', async () => {
    const { blocks } = await appendix('records', schoolWithRecords)
    expect(blocks.filter((block) => block.heading > 0).map((block) => block.text)).toEqual([
      '附录　风险评价记录',
      '（一）工作危害分析（JHA）记录表',
      '（二）安全检查表分析（SCL）记录表'
    ])
  })

  it('prints a JHA step with its risk', async () => {
    const found = await appendix('records', schoolWithRecords)
    const jha = tableOf(found.tables, 'FX-03 放学路队　工作危害分析（JHA）记录表')
    expect(cellTexts(jha, 0)).toEqual(['作业活动', '序号', '工作步骤', '危险源或潜在事件', '现有控制措施', 'L', 'E/S', 'C', 'D/R', '风险等级', '建议改进措施', '管控层级', '责任人'])
    expect(jha.rows.length).toBe(2)
    // The measure already among the existing controls is not suggested again.
    expect(cellTexts(jha, 1)).toEqual(['放学路队', '1', '各班下楼', '楼梯口拥挤推搡', '班主任按规定路线护送学生离校', '1', '6', '3', '18', '低风险', '①每月开展一次疏散演练', '岗位级', '冯磊、褚慧'])
  })

  it('merges SCL item rows and marks empty items', async () => {
    const found = await appendix('records', schoolWithRecords)
    const scl = tableOf(found.tables, 'FX-01 学生食堂　安全检查表分析（SCL）记录表')
    expect(cellTexts(scl, 0)).toEqual(['设备设施／场所', '序号', '检查项目', '标准', '不符合标准情况及后果', '现有控制措施', 'L', 'E/S', 'C', 'D/R', '风险等级', '建议改进措施', '管控层级', '责任人'])
    expect(scl.rows.length).toBe(4)

    const gas = cellTexts(scl, 1)
    expect(gas.slice(0, 6)).toEqual(['学生食堂', '1', '燃气管道与阀门', '管道无锈蚀泄漏报警器与切断阀联动', '管道阀门老化泄漏；可能导致燃气爆炸', '工程技术：安装燃气泄漏报警装置并与紧急切断阀联动。'])
    expect(gas.slice(6, 11)).toEqual(['3', '6', '40', '720', '重大风险'])
    expect(gas[11]).toContain('①每日开餐前检查燃气管道、阀门和软管，填写检查记录')
    expect(gas[11]).not.toContain('安装燃气泄漏报警装置')
    expect(scl.rows[1].cells[10].xml).toContain(`w:fill="${riskLevelInfo.major.rgb}"`)

    // The second risk of the item: the item's cells continue the merge, the LS factors sit under E/S and D/R.
    const food = scl.rows[2].cells
    expect(food.slice(0, 6).map((cell) => cell.xml.includes('<w:vMerge w:val="continue"/>'))).toEqual([true, true, true, true, true, true])
    expect(food.slice(6, 11).map((cell) => cell.text)).toEqual(['3', '4', '—', '12', '较大风险'])

    // Each item repeats the point's name, so a table continued on the next page still names its point.
    expect(cellTexts(scl, 3).slice(0, 7)).toEqual(['学生食堂', '2', '排烟罩', '—', '—', '—', '尚未由此辨识风险，未评价'])
    for (const row of scl.rows) expect(row.cells.reduce((sum, cell) => sum + cell.span, 0), row.text).toBe(scl.gridColumns.length)
  })

  it('lists points without a record as 未作记录', async () => {
    const found = await appendix('records', schoolWithRecords)
    const missing = tableOf(found.tables, '未作安全检查表分析（SCL）记录的设施场所类风险点')
    expect(missing.rows.slice(1).map((row) => [row.cells[2].text, row.cells[5].text])).toEqual([
      ['校门口', '未作记录'],
      ['新建车棚', '未作记录']
    ])
    expect(found.tables.some((entry) => entry.caption.includes('未作工作危害分析'))).toBe(false)
  })

  it('says so when the school has no record at all', async () => {
    const found = await appendix('no-records', () => fixtureSchool())
    expect(found.text).toContain('尚未作工作危害分析（JHA）和安全检查表分析（SCL）记录')
    const activities = tableOf(found.tables, '未作工作危害分析（JHA）记录的作业活动类风险点')
    const facilities = tableOf(found.tables, '未作安全检查表分析（SCL）记录的设施场所类风险点')
    expect(activities.rows.slice(1).map((row) => row.cells[2].text)).toEqual(['放学路队'])
    expect(facilities.rows.slice(1).map((row) => row.cells[2].text)).toEqual(['学生食堂', '校门口', '新建车棚'])
  })

  it('says so when no risk point is identified', async () => {
    const found = await appendix('without-risks', schoolWithoutRisks)
    expect(found.text).toContain('尚未辨识风险点，暂无风险评价记录')
    expect(found.tables).toEqual([])
  })
})

describe('appendix of the demo school', () => {
  let data: SchoolData

  beforeAll(async () => {
    const file = join(tempFolder('appendix-demo-'), '示范学校.school')
    await buildDemoSchool(file)
    data = await readSchoolData(file)
  })

  it('prints every step and item with the level of each risk it found', async () => {
    const found = await appendix('demo', () => data)
    const entries = data.analysisEntries ?? []
    expect(entries.length).toBeGreaterThan(100)

    for (const point of data.riskPoints) {
      const own = entries.filter((entry) => entry.riskPointId === point.id).sort((a, b) => a.seq - b.seq)
      expect(own.length, point.name).toBeGreaterThan(0)
      const method = own[0].method === 'jha' ? '工作危害分析（JHA）记录表' : '安全检查表分析（SCL）记录表'
      const table = tableOf(found.tables, `${point.code} ${cleanText(point.name)}\u3000${method}`)
      const rows = table.rows.slice(1)

      // Every risk of a library point is linked, so there is one row per risk, in the order of the steps.
      expect(rows.length, point.name).toBe(point.risks.length)
      const levelColumn = table.rows[0].cells.findIndex((cell) => cell.text === '风险等级')
      const expected = own.flatMap((entry) => point.risks.filter((risk) => risk.analysisEntryId === entry.id).map((risk) => riskLevelInfo[risk.level].word))
      expect(rows.map((row) => row.cells[levelColumn].text), point.name).toEqual(expected)
      const firstRows = rows.filter((row) => row.cells[2].text !== '')
      expect(firstRows.map((row) => row.cells[2].text), point.name).toEqual(own.map((entry) => cleanText(entry.item)))
      for (const row of firstRows) expect(row.cells[0].text, point.name).toBe(cleanText(point.name))
    }
    expect(found.text).not.toContain('未作记录')
  })
})
