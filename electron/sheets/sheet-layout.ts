import ExcelJS from 'exceljs'
import type { SchoolData } from '../../shared/exchange/school-data'
import { riskLevelInfo, type RiskLevel } from '../../shared/domain/levels'
import { productName } from '../app-version'
import { cellValue, longestLineWidth, wrappedLineCount, type CellInput } from './cell-text'
import { localDate } from '../../shared/domain/local-date'

/**
 * The look every sheet shares: 宋体 11 body, 黑体 bold header on light grey, thin borders, wrapped text,
 * a merged title row, A4 (A3 for the widest tables) landscape fitted to the page width, header rows repeated on every printed page,
 * a frozen header and page numbers in the footer.
 */

export const bodyFont: Partial<ExcelJS.Font> = { name: '宋体', size: 11 }
export const headerFont: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true }
export const titleFont: Partial<ExcelJS.Font> = { name: '黑体', size: 16, bold: true }

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
export const thinBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin }
export const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }

/** Points per printed line of 11 pt text, and the padding of a row. */
const lineHeight = 14.5
const rowPadding = 4
/** Merged ranges taller than this many rows are top-aligned. */
const tallMergeRows = 6

export interface ColumnSpec {
  /** Header text; a line break keeps a narrow column's header on two tidy lines. */
  header: string
  /** Narrowest width in Excel units (one unit is about one ASCII character, a Chinese character takes two). */
  min: number
  /** Widest width; longer texts wrap. */
  max: number
  align?: 'left' | 'center'
}

/** A cell's style as a fresh object, so that no two cells share one (exceljs shares style objects on merge). */
export function cellStyle(options: { font?: Partial<ExcelJS.Font>; align?: 'left' | 'center'; border?: boolean; fill?: ExcelJS.Fill; bold?: boolean }): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { ...(options.font ?? bodyFont) },
    alignment: { horizontal: options.align ?? 'left', vertical: 'middle', wrapText: true }
  }
  if (options.border !== false) style.border = { ...thinBorder }
  if (options.fill) style.fill = options.fill
  return style
}

/** The colour band of a level: filled with the level colour, the level word always written, so grayscale prints read. */
export function levelStyle(level: RiskLevel): Partial<ExcelJS.Style> {
  const info = riskLevelInfo[level]
  return {
    font: { ...bodyFont, bold: true, color: { argb: `FF${info.textRgb}` } },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: { ...thinBorder },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${info.rgb}` } }
  }
}

export function createWorkbook(data: SchoolData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const when = generationDate(data)
  workbook.creator = productName
  workbook.lastModifiedBy = productName
  workbook.created = when
  workbook.modified = when
  return workbook
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const content = await workbook.xlsx.writeBuffer()
  return Buffer.from(content as ArrayBuffer)
}

/** The moment the outputs are generated: the snapshot's time, so every file of one run carries one date. */
export function generationDate(data: SchoolData): Date {
  const parsed = new Date(data.exportedAt)
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed
}

/** A date as printed on forms, e.g. 2026年12月4日: the school's calendar day of the instant. */
export function chineseDate(date: Date): string {
  const [year, month, day] = localDate(date).split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** Excel's paper size codes (ECMA-376 ST_PaperSize). */
const paperSizes = { A4: 9, A3: 8 } as const

export interface PageOptions {
  orientation: 'landscape' | 'portrait'
  /** A4 unless the table is too wide to read on it when fitted to the page width. */
  paper?: keyof typeof paperSizes
  /** Rows repeated at the top of every printed page, e.g. '2:2'. */
  printTitlesRow?: string
  /** Rows frozen at the top of the window. */
  frozenRows: number
}

/**
 * Returns the page setup, footer and frozen header of a sheet as worksheet options. The streaming writer
 * takes them only when the sheet is added, before its first row. `setupPage` applies the same to a sheet.
 */
export function pageOptions(options: PageOptions): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter' | 'views'> {
  return {
    pageSetup: {
      // exceljs's PaperSize enum omits A3 although it writes any code it is given.
      paperSize: paperSizes[options.paper ?? 'A4'] as ExcelJS.PaperSize,
      orientation: options.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.55, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(options.printTitlesRow ? { printTitlesRow: options.printTitlesRow } : {})
    },
    headerFooter: {
      oddFooter: '&C&"宋体,常规"&10第 &P 页，共 &N 页',
      evenFooter: '&C&"宋体,常规"&10第 &P 页，共 &N 页'
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: options.frozenRows, topLeftCell: `A${options.frozenRows + 1}`, activeCell: `A${options.frozenRows + 1}` }]
  }
}

export function setupPage(sheet: ExcelJS.Worksheet, options: PageOptions): void {
  const page = pageOptions(options)
  sheet.pageSetup = { ...sheet.pageSetup, ...page.pageSetup }
  sheet.headerFooter = { ...sheet.headerFooter, ...page.headerFooter }
  sheet.views = page.views ?? []
}

/** Writes a title merged across the table: black 16 pt, centred, no border. */
export function writeTitle(sheet: ExcelJS.Worksheet, row: number, columnCount: number, text: string, height = 32): void {
  sheet.mergeCells(row, 1, row, columnCount)
  const cell = sheet.getCell(row, 1)
  cell.value = cellValue(text)
  cell.style = { font: { ...titleFont }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }
  sheet.getRow(row).height = height
}

/** Writes a line of text merged across columns, without border (填报单位, 填表人, notes ...). */
export function writeTextLine(sheet: ExcelJS.Worksheet, row: number, fromColumn: number, toColumn: number, text: string, options: { font?: Partial<ExcelJS.Font>; align?: 'left' | 'center' } = {}): void {
  if (toColumn > fromColumn) sheet.mergeCells(row, fromColumn, row, toColumn)
  const cell = sheet.getCell(row, fromColumn)
  cell.value = cellValue(text)
  cell.style = cellStyle({ font: options.font, align: options.align, border: false })
}

/**
 * A table of one header row and body rows, with column widths fitted to the content and row heights
 * fitted to the wrapped text (Excel and WPS do not size rows of wrapped or merged cells by themselves).
 */
export class TableWriter {
  readonly headerRow: number
  private nextRow: number
  private readonly verticalMerges: { top: number; bottom: number; column: number }[] = []

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columns: readonly ColumnSpec[],
    headerRow: number
  ) {
    this.headerRow = headerRow
    this.nextRow = headerRow + 1
    const row = sheet.getRow(headerRow)
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1)
      cell.value = cellValue(column.header)
      cell.style = cellStyle({ font: headerFont, align: 'center', fill: headerFill })
    })
  }

  get lastRow(): number {
    return this.nextRow - 1
  }

  /** Adds a body row. `styles` overrides the style of single cells by column index (0-based). */
  addRow(values: readonly CellInput[], styles: Record<number, Partial<ExcelJS.Style>> = {}): number {
    const rowNumber = this.nextRow++
    const row = this.sheet.getRow(rowNumber)
    this.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1)
      cell.value = cellValue(values[index])
      cell.style = styles[index] ? { ...styles[index] } : cellStyle({ align: column.align })
    })
    return rowNumber
  }

  /**
   * Merges a column over body rows (a risk point over its risks). Every cell of the range keeps its border.
   * A tall range is top-aligned: centred text of a range that a page break splits is cut in half.
   */
  mergeDown(column: number, top: number, bottom: number): void {
    if (bottom <= top) return
    const masterStyle = this.sheet.getCell(top, column + 1).style
    const vertical = bottom - top + 1 > tallMergeRows ? 'top' : 'middle'
    this.sheet.mergeCells(top, column + 1, bottom, column + 1)
    for (let row = top; row <= bottom; row++) {
      this.sheet.getCell(row, column + 1).style = { ...masterStyle, alignment: { ...masterStyle.alignment, vertical }, border: { ...thinBorder } }
    }
    this.verticalMerges.push({ top, bottom, column })
  }

  /** Sets column widths from the content, row heights from the wrapped lines. */
  finish(): void {
    const widths = this.columns.map((column, index) => {
      let longest = longestLineWidth(column.header)
      for (let row = this.headerRow + 1; row <= this.lastRow; row++) {
        longest = Math.max(longest, longestLineWidth(cellText(this.sheet.getCell(row, index + 1))))
      }
      return Math.min(column.max, Math.max(column.min, Math.ceil(longest + 2)))
    })
    widths.forEach((width, index) => setColumnWidth(this.sheet, index + 1, width))

    for (let row = this.headerRow; row <= this.lastRow; row++) {
      let lines = 1
      widths.forEach((width, index) => {
        const cell = this.sheet.getCell(row, index + 1)
        if (cell.isMerged) return
        lines = Math.max(lines, wrappedLineCount(cellText(cell), width))
      })
      this.sheet.getRow(row).height = lines * lineHeight + rowPadding
    }

    // A merged cell shows its text across its rows: grow the last row if the rows together are too low.
    for (const merge of this.verticalMerges) {
      const needed = wrappedLineCount(cellText(this.sheet.getCell(merge.top, merge.column + 1)), widths[merge.column]) * lineHeight + rowPadding
      let total = 0
      for (let row = merge.top; row <= merge.bottom; row++) total += this.sheet.getRow(row).height
      if (total < needed) {
        const last = this.sheet.getRow(merge.bottom)
        last.height += needed - total
      }
    }
  }
}

/** Height in points of a row whose texts wrap in columns of these widths: the tallest cell's lines, with padding. */
export function fittedRowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1
  texts.forEach((text, index) => {
    lines = Math.max(lines, wrappedLineCount(text, widths[index] ?? 10))
  })
  return lines * lineHeight + rowPadding
}

/**
 * Sets a column's width. exceljs leaves out a width of exactly 9 (its own default), and Excel would then
 * use 8.43, so 9 is written as 9.1.
 */
export function setColumnWidth(sheet: ExcelJS.Worksheet, column: number, width: number): void {
  sheet.getColumn(column).width = width === 9 ? 9.1 : width
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return cell.text
}
