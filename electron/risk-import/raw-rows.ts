import { cellAddress, columnLetter, importFieldLabels, type ImportField, type SkippedRow } from '../../shared/risk-import'
import type { SheetGrid } from './grid'
import type { HeaderBand } from './header'
import { readLegendText, type Legend } from './legend'
import type { QuestionBook } from './questions'
import { classifyRow, rowText } from './row-kinds'
import { rowAsker } from './sheet-context'
import type { WarningList } from './warnings'

/**
 * Reads the data rows below the header into field texts. A vertically merged cell fills the rows it
 * covers only in hierarchy columns (risk point, type, area, serial, department, post, person). In any
 * other column a question asks whether the merged value applies to every row. A blank cell that is
 * not merged stays blank.
 */

export interface RawRow {
  row: number
  /** The nearest section title above, e.g. "一、教学区". */
  section: string
  values: Partial<Record<ImportField, string>>
  /** Questions about merged cells of this row that are still open. */
  questionIds: string[]
}

const hierarchyFields = new Set<ImportField>(['serial', 'area', 'pointType', 'pointName', 'department', 'post', 'person'])

export interface RawRowsResult {
  rows: RawRow[]
  skipped: SkippedRow[]
}

interface ReadContext {
  grid: SheetGrid
  band: HeaderBand
  fields: ReadonlyMap<ImportField, number>
  book: QuestionBook
  warnings: WarningList
  /** Field of each mapped column, to name both fields when a merge spans two of them. */
  fieldOfColumn: Map<number, ImportField>
}

function mergedValuePrompt(field: ImportField, range: string, top: number, bottom: number): string {
  return `“${importFieldLabels[field]}”列的 ${range} 是合并单元格，覆盖第 ${top}–${bottom} 行。这个内容是否适用于其中每一行？`
}

/** Reads the text of a field in a row, with merged cells handled as described above. */
function readField(context: ReadContext, row: number, field: ImportField, questionIds: string[]): string {
  const { grid, band, book } = context
  const column = context.fields.get(field)
  if (column === undefined) return ''
  const own = grid.own(row, column)
  if (own) return own

  // Only a merge that starts below the header fills data rows, and its master cell contains the text.
  const range = grid.mergeAt(row, column)
  if (!range || range.top <= band.bottom) return ''
  if (range.top === row && range.left === column) return ''
  const master = grid.own(range.top, range.left)
  if (!master) return ''

  if (range.left !== column) {
    warnHorizontalMerge(context, range.top, range.left, column, field)
    return ''
  }
  if (hierarchyFields.has(field)) return master

  const rangeText = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`
  const answer = rowAsker(book, questionIds)({
    id: `merged-cell:${rangeText}`,
    groupId: `merged-cell:${columnLetter(column)}`,
    kind: 'merged-cell',
    cell: cellAddress(row, column),
    row,
    value: master,
    prompt: mergedValuePrompt(field, rangeText, range.top, range.bottom),
    options: [
      { value: 'all', label: `适用于每一行（第 ${range.top}–${range.bottom} 行都用这个内容）` },
      { value: 'first', label: `只用于第 ${range.top} 行，其余行的这一项留空` }
    ]
  })
  return answer === 'all' ? master : ''
}

function warnHorizontalMerge(context: ReadContext, row: number, masterColumn: number, column: number, field: ImportField): void {
  const masterField = context.fieldOfColumn.get(masterColumn)
  if (!masterField || masterField === field) return
  const range = context.grid.mergeAt(row, masterColumn)
  if (!range) return
  const rangeText = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`
  context.warnings.add({
    code: 'merged-across-fields',
    row,
    cell: cellAddress(row, masterColumn),
    message: `${rangeText} 是跨列合并的单元格，内容只按“${importFieldLabels[masterField]}”导入，“${importFieldLabels[field]}”一项留空。`
  })
}

/** Reads every row below the header: data rows into field texts, the others into the skipped list. */
export function readRawRows(
  grid: SheetGrid,
  band: HeaderBand,
  fields: ReadonlyMap<ImportField, number>,
  book: QuestionBook,
  warnings: WarningList,
  legend: Legend
): RawRowsResult {
  const fieldOfColumn = new Map([...fields].map(([field, column]) => [column, field]))
  const context: ReadContext = { grid, band, fields, book, warnings, fieldOfColumn }
  const rows: RawRow[] = []
  const skipped: SkippedRow[] = []
  let section = ''

  for (let row = band.bottom + 1; row <= grid.rowCount; row++) {
    const kind = classifyRow(grid, row, band)
    if (kind.kind === 'section') {
      section = kind.title
      skipped.push({ row, reason: '分区标题行', text: rowText(grid, row) })
      continue
    }
    if (kind.kind === 'skip') {
      if (kind.legend) readLegendText(legend, rowText(grid, row))
      skipped.push({ row, reason: kind.reason, text: rowText(grid, row) })
      continue
    }

    const values: RawRow['values'] = {}
    const questionIds: string[] = []
    for (const field of fields.keys()) {
      const text = readField(context, row, field, questionIds)
      if (text) values[field] = text
    }
    rows.push({ row, section, values, questionIds })
  }
  return { rows, skipped }
}
