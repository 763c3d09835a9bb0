import type ExcelJS from 'exceljs'
import { cellValue, longestLineWidth, type CellInput } from '../cell-text'
import {
  bodyFont,
  cellStyle,
  fittedRowHeight,
  headerFill,
  headerFont,
  pageOptions,
  setColumnWidth,
  writeTextLine,
  writeTitle,
  type ColumnSpec
} from '../sheet-layout'

/**
 * Writes one table sheet of the ledger workbook row by row, so the same code fills an in-memory workbook
 * and exceljs's streaming writer. Column widths are fitted to the content in a first pass over the values,
 * because a streamed sheet writes its columns before its first row; each row is committed once written.
 */

/** Excel's and WPS's last row (XLSX limit, 2^20). */
export const excelMaxRows = 1_048_576

/** Rows above the table: the title, the line under it and the header. */
const headerRow = 3

/** In a streamed sheet, rows written between two pauses that let the zip writer take the buffered XML. */
const rowsPerPause = 256

export type CellMark = 'major' | 'overdue'

export interface LedgerTable {
  sheetName: string
  title: string
  /** The line under the title: the date counted on and the counts. */
  subtitle: string
  columns: readonly ColumnSpec[]
  rows: readonly CellInput[][]
  /** Cells to mark in a row, by column index: 重大 in red, overdue on a red ground. */
  marks: (row: number) => Record<number, CellMark>
  /** The line written under the header when there are no rows. */
  emptyText: string
}

const markFonts: Record<CellMark, Partial<ExcelJS.Font>> = {
  major: { ...bodyFont, bold: true, color: { argb: 'FFC00000' } },
  overdue: { ...bodyFont, bold: true, color: { argb: 'FFC00000' } }
}
const overdueFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE1E1' } }

function textOf(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value)
}

/** Fits each column between its narrowest and widest width to the longest line of its header and values. */
export function fittedWidths(columns: readonly ColumnSpec[], rows: readonly CellInput[][]): number[] {
  return columns.map((column, index) => {
    let longest = longestLineWidth(column.header)
    for (const row of rows) longest = Math.max(longest, longestLineWidth(textOf(row[index])))
    return Math.min(column.max, Math.max(column.min, Math.ceil(longest + 2)))
  })
}

/**
 * The maximum number of columns printed on A4 landscape. Fitted to A4's width, the 22 columns of the whole
 * ledger shrink to about 4 pt text, so wider tables go on A3: about 6 pt as measured in LibreOffice.
 */
const a4Columns = 14

function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function writeHeader(sheet: ExcelJS.Worksheet, table: LedgerTable, widths: readonly number[]): void {
  const row = sheet.getRow(headerRow)
  const style = cellStyle({ font: headerFont, align: 'center', fill: headerFill })
  table.columns.forEach((column, index) => {
    const cell = row.getCell(index + 1)
    cell.value = cellValue(column.header)
    cell.style = style
  })
  row.height = fittedRowHeight(table.columns.map((column) => column.header), widths)
}

/**
 * Adds the table as a new sheet: title, subtitle, header repeated on every printed page and frozen, then
 * the rows. Rows beyond Excel's limit are left out with a line saying how many, so the file still opens.
 */
export async function writeLedgerTable(workbook: ExcelJS.Workbook, table: LedgerTable, streaming: boolean): Promise<void> {
  const paper = table.columns.length > a4Columns ? 'A3' : 'A4'
  const sheet = workbook.addWorksheet(table.sheetName, pageOptions({ orientation: 'landscape', paper, printTitlesRow: `${headerRow}:${headerRow}`, frozenRows: headerRow }))
  const room = excelMaxRows - headerRow - 1
  const rows = table.rows.length > room ? table.rows.slice(0, room) : table.rows
  const widths = fittedWidths(table.columns, rows)
  widths.forEach((width, index) => setColumnWidth(sheet, index + 1, width))

  writeTitle(sheet, 1, table.columns.length, table.title)
  writeTextLine(sheet, 2, 1, table.columns.length, table.subtitle, { align: 'center' })
  writeHeader(sheet, table, widths)
  for (const number of [1, 2, headerRow]) sheet.getRow(number).commit()

  const plain = table.columns.map((column) => cellStyle({ align: column.align }))
  const marked: Record<CellMark, Partial<ExcelJS.Style>> = {
    major: cellStyle({ align: 'center', font: markFonts.major }),
    overdue: cellStyle({ align: 'center', font: markFonts.overdue, fill: overdueFill })
  }

  for (const [position, values] of rows.entries()) {
    const row = sheet.getRow(headerRow + 1 + position)
    const marks = table.marks(position)
    table.columns.forEach((_column, index) => {
      const cell = row.getCell(index + 1)
      cell.value = cellValue(values[index])
      const mark = marks[index]
      cell.style = mark ? marked[mark] : plain[index]
    })
    row.height = fittedRowHeight(values.map(textOf), widths)
    row.commit()
    if (streaming && position % rowsPerPause === rowsPerPause - 1) await pause()
  }

  const after = headerRow + 1 + rows.length
  if (rows.length === 0) writeTextLine(sheet, after, 1, table.columns.length, table.emptyText, { align: 'center' })
  if (rows.length < table.rows.length) {
    writeTextLine(sheet, after, 1, table.columns.length, `另有 ${table.rows.length - rows.length} 项超出电子表格的行数上限，未列入本表，完整记录见上报导出包中的学校数据（data/school.json）。`)
  }
  sheet.getRow(after).commit()
  if (streaming) sheet.commit()
}
