import type ExcelJS from 'exceljs'
import type { SchoolData } from '../../shared/exchange/school-data'
import { schoolCategories, schoolNatures, schoolScopes } from '../../shared/domain/school'
import type { OutputBuilder } from '../outputs/output-builder'
import { cellValue, wrappedLineCount, type CellInput } from './cell-text'
import { bodyFont, cellStyle, chineseDate, createWorkbook, generationDate, headerFill, headerFont, setColumnWidth, setupPage, workbookBuffer, writeTextLine, writeTitle } from './sheet-layout'
import { localDate } from '../../shared/domain/local-date'

/**
 * The bureau's 统计表 in the layout of the attachment to 焦教文〔2020〕18号: title, 填报单位 and 填报时间,
 * a two-row header with 主管双重预防体系建设联系人 over 姓名 and 联系电话, one row for this school,
 * 填表人 and 填表人联系电话, and the notes.
 */

export const statisticsSheetName = '统计表'

export function statisticsTitle(year: number): string {
  return `${year}年焦作市中小学幼儿园(含民办)全面推进双重预防体系建设统计表`
}

/** The columns with their widths. Each spans both header rows, except 姓名 and 联系电话, which sit under 联系人. */
export const statisticsColumns: readonly { header: string; width: number }[] = [
  { header: '序号', width: 6 },
  { header: '县(市)区', width: 11 },
  { header: '所在范围', width: 10 },
  { header: '办学性质', width: 10 },
  { header: '所属类别', width: 12 },
  { header: '学校名称', width: 26 },
  { header: '校(园)长', width: 11 },
  { header: '主管双重预防体系建设副校(园)长', width: 17 },
  { header: '姓名', width: 11 },
  { header: '联系电话', width: 16 },
  { header: '备注', width: 22 }
]

export const contactGroupHeader = '主管双重预防体系建设联系人'

/** Rows of the sheet, 1-based. */
export const statisticsRows = {
  title: 1,
  unit: 2,
  date: 3,
  headerTop: 4,
  headerBottom: 5,
  school: 6,
  filler: 8,
  fillerPhone: 9,
  notes: 11
} as const

export function statisticsNotes(): string[] {
  return [
    `注：1. 填写说明：“所在范围”填：${schoolScopes.join('、')}。“办学性质”填：${schoolNatures.join('、')}。“所属类别”填：${schoolCategories.join('、')}。`,
    '2. 本表是考核评价各单位双重预防体系建设推进工作的依据，请结合本单位实际如实填写。',
    '3. 纸质版和电子版材料按文件要求，以各县(市)区教育(教体)局和市直各学校为单位，统一报送市教育局安全管理科。'
  ]
}

export function statisticsSchoolRow(data: SchoolData): CellInput[] {
  const school = data.school
  return [1, school.county, school.scope, school.nature, school.category, school.name, school.principal, school.deputy, school.contactName, school.contactPhone, school.note]
}

function writeHeader(sheet: ExcelJS.Worksheet): void {
  const { headerTop, headerBottom } = statisticsRows
  const headerStyle = () => cellStyle({ font: headerFont, align: 'center', fill: headerFill })
  const contactFirst = 9
  const contactLast = 10

  statisticsColumns.forEach((column, index) => {
    const col = index + 1
    if (col === contactFirst || col === contactLast) {
      const sub = sheet.getCell(headerBottom, col)
      sub.value = cellValue(column.header)
      sub.style = headerStyle()
      sheet.getCell(headerTop, col).style = headerStyle()
      return
    }
    const top = sheet.getCell(headerTop, col)
    top.value = cellValue(column.header)
    top.style = headerStyle()
    sheet.getCell(headerBottom, col).style = headerStyle()
    sheet.mergeCells(headerTop, col, headerBottom, col)
  })
  sheet.getCell(headerTop, contactFirst).value = cellValue(contactGroupHeader)
  sheet.mergeCells(headerTop, contactFirst, headerTop, contactLast)

  // Merging copies the master's style object into the other cells: give every cell of the header its own.
  for (let row = headerTop; row <= headerBottom; row++) {
    for (let col = 1; col <= statisticsColumns.length; col++) sheet.getCell(row, col).style = headerStyle()
  }
  sheet.getRow(headerTop).height = 30
  sheet.getRow(headerBottom).height = 30
}

export async function buildStatisticsTable(data: SchoolData): Promise<Buffer> {
  const workbook = createWorkbook(data)
  const sheet = workbook.addWorksheet(statisticsSheetName)
  const rows = statisticsRows
  const last = statisticsColumns.length
  const when = generationDate(data)

  statisticsColumns.forEach((column, index) => {
    setColumnWidth(sheet, index + 1, column.width)
  })

  writeTitle(sheet, rows.title, last, statisticsTitle(Number(localDate(when).slice(0, 4))), 40)
  writeTextLine(sheet, rows.unit, 1, last, `填报单位(盖章)：${data.school.name}`, { font: bodyFont })
  writeTextLine(sheet, rows.date, 1, last, `填报时间：${chineseDate(when)}`, { font: bodyFont })
  sheet.getRow(rows.unit).height = 22
  sheet.getRow(rows.date).height = 22

  writeHeader(sheet)

  const values = statisticsSchoolRow(data)
  const schoolRow = sheet.getRow(rows.school)
  let lines = 1
  statisticsColumns.forEach((column, index) => {
    const cell = schoolRow.getCell(index + 1)
    cell.value = cellValue(values[index])
    cell.style = cellStyle({ align: 'center' })
    lines = Math.max(lines, wrappedLineCount(String(values[index] ?? ''), column.width))
  })
  schoolRow.height = Math.max(30, lines * 14.5 + 6)

  writeTextLine(sheet, rows.filler, 1, last, `填表人：${data.school.contactName}`)
  writeTextLine(sheet, rows.fillerPhone, 1, last, `填表人联系电话：${data.school.contactPhone}`)
  sheet.getRow(rows.filler).height = 22
  sheet.getRow(rows.fillerPhone).height = 22

  const totalWidth = statisticsColumns.reduce((sum, column) => sum + column.width, 0)
  statisticsNotes().forEach((note, index) => {
    const row = rows.notes + index
    writeTextLine(sheet, row, 1, last, note)
    sheet.getRow(row).height = wrappedLineCount(note, totalWidth) * 14.5 + 6
  })

  setupPage(sheet, { orientation: 'landscape', printTitlesRow: `${rows.headerTop}:${rows.headerBottom}`, frozenRows: rows.headerBottom })
  return workbookBuffer(workbook)
}

export const statisticsTableBuilder: OutputBuilder = {
  key: 'statistics-table',
  title: '双重预防体系建设统计表',
  kind: 'xlsx',
  build: buildStatisticsTable
}
