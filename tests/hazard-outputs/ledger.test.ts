import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { hazardLedgerBuilder, ledgerSheetNames, writeLedgerWorkbook } from '../../electron/sheets/hazard-ledger'
import { ledgerColumns, supervisionColumns } from '../../electron/sheets/hazard-ledger/ledger-columns'
import { sheetBuilders } from '../../electron/sheets'
import { buildExportPackage } from '../../electron/export-package/build-package'
import { unzipSync } from 'fflate'
import { outputSchool, snapshotOf } from './fixture'

async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const values: string[] = []
  for (let column = 1; column <= sheet.columnCount; column++) {
    const value = sheet.getCell(row, column).value
    values.push(value === null || value === undefined ? '' : String(value))
  }
  return values
}

/** Reads the body rows of a table sheet (below the title, its second line and the header) by 隐患编号. */
function bodyRows(sheet: ExcelJS.Worksheet, codeColumn: number): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (let row = 4; row <= sheet.rowCount; row++) {
    const values = rowTexts(sheet, row)
    if (/^YH-/.test(values[codeColumn])) rows.set(values[codeColumn], values)
  }
  return rows
}

describe('hazard ledger sheet', () => {
  it('lists every hazard with the ledger columns', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const workbook = await readWorkbook(await hazardLedgerBuilder.build(data))
    const sheet = workbook.getWorksheet(ledgerSheetNames.ledger)
    if (!sheet) throw new Error('ledger sheet missing')

    expect(sheet.getCell(1, 1).value).toBe(`${data.school.name.trim()}隐患排查治理台账`)
    expect(rowTexts(sheet, 3)).toEqual(ledgerColumns.map((column) => column.header))
    const rows = bodyRows(sheet, 0)
    expect([...rows.keys()].sort()).toEqual(Object.values(codes).sort())
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3')

    const header = ledgerColumns.map((column) => column.header)
    const cell = (code: string, header_: string) => rows.get(code)?.[header.indexOf(header_)]
    expect(cell(codes.overdue, '状态')).toBe('整改中（逾期4天）')
    expect(cell(codes.major, '隐患等级')).toBe('重大')
    expect(cell(codes.major, '上报情况')).toBe('2026-12-02 报解放区教育局安全科（电话报告并报送报告表）')
    expect(cell(codes.thinMajor, '上报情况')).toBe('未上报')
    expect(cell(codes.major, '照片')).toBe('整改前1张')
    expect(cell(codes.awaiting, '照片')).toBe('整改后1张')
    expect(cell(codes.closed, '验收人')).toBe('刘德福')
    expect(cell(codes.closed, '销号日期')).toBe('2026-12-04')
    expect(cell(codes.spot, '状态')).toBe('已销号（立查立改）')
    expect(cell(codes.major, '责任部门')).toBe('总务处')
    expect(cell(codes.major, '风险点／部位')).toMatch(/^FX-\d+ 学生食堂／宿舍楼一楼$/)
  })

  it('marks overdue and 重大 cells', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const sheet = (await readWorkbook(await hazardLedgerBuilder.build(data))).getWorksheet(ledgerSheetNames.ledger)
    if (!sheet) throw new Error('ledger sheet missing')
    const stateColumn = ledgerColumns.findIndex((column) => column.header === '状态') + 1
    const gradeColumn = ledgerColumns.findIndex((column) => column.header === '隐患等级') + 1

    for (let row = 4; row <= sheet.rowCount; row++) {
      const code = String(sheet.getCell(row, 1).value)
      const state = sheet.getCell(row, stateColumn)
      const fill = state.fill?.type === 'pattern' ? state.fill.fgColor?.argb : undefined
      expect(fill, code).toBe(code === codes.overdue ? 'FFFFE1E1' : undefined)
      expect(sheet.getCell(row, gradeColumn).font?.bold ?? false, code).toBe(code === codes.major || code === codes.thinMajor)
    }
  })

  it('neutralises a description that starts a formula', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const sheet = (await readWorkbook(await hazardLedgerBuilder.build(data))).getWorksheet(ledgerSheetNames.ledger)
    if (!sheet) throw new Error('ledger sheet missing')
    const rows = bodyRows(sheet, 0)
    const description = ledgerColumns.findIndex((column) => column.header === '隐患描述')
    expect(rows.get(codes.formula)?.[description]).toBe("'=1+1 后厨灭火器压力不足")

    for (let row = 1; row <= sheet.rowCount; row++) {
      for (let column = 1; column <= sheet.columnCount; column++) expect(sheet.getCell(row, column).type).not.toBe(ExcelJS.ValueType.Formula)
    }
  })

  it('has a 重大 sheet and a 督办 sheet', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const workbook = await readWorkbook(await hazardLedgerBuilder.build(data))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([ledgerSheetNames.ledger, ledgerSheetNames.major, ledgerSheetNames.supervision])

    const major = workbook.getWorksheet(ledgerSheetNames.major)
    if (!major) throw new Error('major sheet missing')
    const majors = bodyRows(major, 0)
    expect([...majors.keys()].sort()).toEqual([codes.major, codes.thinMajor].sort())
    expect(rowTexts(major, 3).slice(-2)).toEqual(['判定依据', '治理方案'])
    expect(majors.get(codes.major)?.at(-2)).toContain('XF-08 电动自行车或其蓄电池进入建筑物内停放、充电')

    const supervision = workbook.getWorksheet(ledgerSheetNames.supervision)
    if (!supervision) throw new Error('supervision sheet missing')
    expect(rowTexts(supervision, 3)).toEqual(supervisionColumns.map((column) => column.header))
    const supervised = bodyRows(supervision, 1)
    // 重大 first (neither is overdue, so by code), then the overdue 一般 hazard.
    expect([...supervised.keys()]).toEqual([codes.major, codes.thinMajor, codes.overdue])
    expect(supervised.get(codes.overdue)?.[8]).toBe('4')
  })

  it('prints the wide sheets on A3 and the 督办 list on A4', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const workbook = await readWorkbook(await hazardLedgerBuilder.build(data))
    const paper = (name: string) => workbook.getWorksheet(name)?.pageSetup.paperSize

    // Excel's paper codes: 8 is A3, 9 is A4.
    expect(paper(ledgerSheetNames.ledger)).toBe(8)
    expect(paper(ledgerSheetNames.major)).toBe(8)
    expect(paper(ledgerSheetNames.supervision)).toBe(9)
    expect(workbook.getWorksheet(ledgerSheetNames.ledger)?.pageSetup.orientation).toBe('landscape')
  })

  it('writes the same cells in memory and streamed', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const memory = await readWorkbook(await writeLedgerWorkbook(data, 'memory'))
    const streamed = await readWorkbook(await writeLedgerWorkbook(data, 'stream'))

    for (const name of Object.values(ledgerSheetNames)) {
      const a = memory.getWorksheet(name)
      const b = streamed.getWorksheet(name)
      if (!a || !b) throw new Error(`sheet ${name} missing`)
      expect(b.rowCount, name).toBe(a.rowCount)
      for (let row = 1; row <= a.rowCount; row++) expect(rowTexts(b, row), `${name} row ${row}`).toEqual(rowTexts(a, row))
      expect(b.pageSetup.printTitlesRow).toBe('3:3')
      expect(b.pageSetup.paperSize).toBe(a.pageSetup.paperSize)
      expect(b.getColumn(6).width).toBe(a.getColumn(6).width)
    }
  })

  it('goes into the package under sheets/', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    expect(sheetBuilders).toContain(hazardLedgerBuilder)
    const content = await hazardLedgerBuilder.build(data)
    const zip = await buildExportPackage(data, [{ builder: hazardLedgerBuilder, content }])
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toContain('sheets/hazard-ledger.xlsx')
  })

  it('writes one line and no rows for a school without hazards', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const workbook = await readWorkbook(await hazardLedgerBuilder.build({ ...data, hazards: [] }))
    const sheet = workbook.getWorksheet(ledgerSheetNames.major)
    if (!sheet) throw new Error('major sheet missing')
    expect(sheet.getCell(4, 1).value).toBe('没有重大事故隐患。')
    expect(workbook.getWorksheet(ledgerSheetNames.ledger)?.getCell(4, 1).value).toBe('尚未登记事故隐患。')
  })
})
