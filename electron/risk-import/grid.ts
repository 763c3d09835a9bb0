import type ExcelJS from 'exceljs'
import { cellAddress } from '../../shared/risk-import'
import { cleanText } from './normalise'

/**
 * A worksheet as plain texts: each cell's own text (the master cell of a merged range contains the text,
 * its other cells are empty) and, for every cell inside a merged range, that range. Reading exceljs
 * values happens only here.
 */

export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface CellNote {
  kind: 'formula-without-result' | 'error-value'
  address: string
  /** The formula as a phrase, e.g. 公式“=C5*D5*E5” or 共享公式（同 G2）, or the error value, e.g. "#DIV/0!". */
  detail: string
}

/** Formats a number as a person reads it, without binary noise (0.1 × 3 is stored as 0.30000000000000004). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return ''
  return String(Number(value.toPrecision(12)))
}

function richTextOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('richText' in value)) return undefined
  const parts = (value as { richText: unknown }).richText
  if (!Array.isArray(parts)) return ''
  return parts.map((part: unknown) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : '')).join('')
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  return date.toISOString().slice(0, 10)
}

type ValueReading = { text: string; note?: Omit<CellNote, 'address'> }

function primitiveText(value: unknown): string | undefined {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return dateText(value)
  return undefined
}

/**
 * Reads the text of any exceljs cell value: primitives, rich text, hyperlinks (whose text may itself be
 * rich text), formulas and shared formulas (their cached result), and error values.
 */
export function readCellValue(value: ExcelJS.CellValue): ValueReading {
  const primitive = primitiveText(value)
  if (primitive !== undefined) return { text: primitive }

  const rich = richTextOf(value)
  if (rich !== undefined) return { text: rich }

  const object = value as unknown as Record<string, unknown>
  if ('hyperlink' in object) {
    const text = object.text
    return { text: typeof text === 'string' ? text : (richTextOf(text) ?? '') }
  }
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result
    if (result === undefined || result === null) {
      const detail = typeof object.formula === 'string' ? `公式“=${object.formula}”` : `共享公式（同 ${String(object.sharedFormula ?? '')}）`
      return { text: '', note: { kind: 'formula-without-result', detail } }
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { text: '', note: { kind: 'error-value', detail: String((result as { error: unknown }).error) } }
    }
    return { text: primitiveText(result) ?? richTextOf(result) ?? '' }
  }
  if ('error' in object) return { text: '', note: { kind: 'error-value', detail: String(object.error) } }
  return { text: '' }
}

export class SheetGrid {
  readonly notes: CellNote[] = []
  private readonly texts = new Map<number, Map<number, string>>()
  private readonly merges = new Map<string, MergeRange>()
  rowCount = 0
  columnCount = 0

  constructor(readonly name: string) {}

  own(row: number, column: number): string {
    return this.texts.get(row)?.get(column) ?? ''
  }

  mergeAt(row: number, column: number): MergeRange | undefined {
    return this.merges.get(`${row}:${column}`)
  }

  /** True for a cell inside a merged range other than its top-left (master) cell. */
  isMergedChild(row: number, column: number): boolean {
    const range = this.mergeAt(row, column)
    return range !== undefined && (range.top !== row || range.left !== column)
  }

  /** Columns 1…columnCount of a row that have their own text. */
  filledColumns(row: number): number[] {
    const cells = this.texts.get(row)
    return cells ? [...cells.keys()].sort((a, b) => a - b) : []
  }

  setText(row: number, column: number, text: string): void {
    if (text === '') return
    let cells = this.texts.get(row)
    if (!cells) {
      cells = new Map()
      this.texts.set(row, cells)
    }
    cells.set(column, text)
    this.rowCount = Math.max(this.rowCount, row)
    this.columnCount = Math.max(this.columnCount, column)
  }

  addMergedCell(row: number, column: number, master: { row: number; column: number }): void {
    const key = `${master.row}:${master.column}`
    let range = this.merges.get(key)
    if (!range) {
      range = { top: master.row, left: master.column, bottom: master.row, right: master.column }
      this.merges.set(key, range)
    }
    range.bottom = Math.max(range.bottom, row)
    range.right = Math.max(range.right, column)
    this.merges.set(`${row}:${column}`, range)
    this.rowCount = Math.max(this.rowCount, row)
  }
}

/** Reads a worksheet into a grid, columns beyond `maxColumns` left out. */
export function buildGrid(worksheet: ExcelJS.Worksheet, maxColumns: number): SheetGrid {
  const grid = new SheetGrid(worksheet.name)

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxColumns) return
      if (cell.isMerged && cell.master.address !== cell.address) {
        grid.addMergedCell(rowNumber, columnNumber, { row: Number(cell.master.row), column: Number(cell.master.col) })
        return
      }
      if (cell.isMerged) grid.addMergedCell(rowNumber, columnNumber, { row: rowNumber, column: columnNumber })

      const reading = readCellValue(cell.value)
      if (reading.note) grid.notes.push({ ...reading.note, address: cellAddress(rowNumber, columnNumber) })
      grid.setText(rowNumber, columnNumber, cleanText(reading.text))
    })
  })
  return grid
}
