import { riskLevels } from '../../shared/domain/levels'
import type { ValueTables } from '../../shared/grading/value-tables'
import type {
  ImportAnswers,
  ImportCounts,
  ImportField,
  ImportMappingInput,
  ImportPreview,
  ParsedRiskRow,
  SkippedRow
} from '../../shared/risk-import'
import type { SheetGrid } from './grid'
import { headerSignature, type HeaderBand } from './header'
import { emptyLegend, readLegendText, type Legend } from './legend'
import { detectScheme } from './level-scheme'
import { assertRequiredFields, missingRequiredFields, resolveMapping, type ResolvedMapping } from './mapping'
import { parseRow } from './parse-row'
import { settlePointKinds } from './point-kinds'
import { QuestionBook } from './questions'
import { readRawRows, type RawRow } from './raw-rows'
import { rowText } from './row-kinds'
import { fieldCell, methodOfColumns, rowAsker, type SheetContext } from './sheet-context'
import { sheetWarnings } from './sheet-warnings'
import { WarningList } from './warnings'

/** Reads one sheet, whose header is known, into the import preview. Pure: it touches no school file. */

export interface SheetParseInput {
  file: string
  sheets: string[]
  grid: SheetGrid
  band: HeaderBand
  tables: ValueTables
  saved?: ImportMappingInput
  given?: ImportMappingInput
  answers: ImportAnswers
  /** Return a preview without rows, naming the missing fields, instead of throwing when a required field has no column. */
  reportMissingFields?: boolean
}

const levelFields: ImportField[] = ['level', 'scoreLevel', 'colour']

/** Reads the legend from outside the data: the rows above the header and the labels of the level columns. */
function readSheetLegend(grid: SheetGrid, band: HeaderBand, fields: ReadonlyMap<ImportField, number>): Legend {
  const legend = emptyLegend()
  for (let row = 1; row < band.top; row++) readLegendText(legend, rowText(grid, row))
  for (const field of levelFields) {
    const column = fields.get(field)
    if (column !== undefined) readLegendText(legend, band.columns[column - 1]?.labels.join(' ') ?? '')
  }
  return legend
}

interface NamedRow {
  raw: RawRow
  pointName: string
  questionIds: string[]
}

/**
 * Gives every row its risk point name. A row without a hazard is skipped. For a row whose name cell is
 * blank and not merged, a question asks whether it belongs to the point above, and until it is
 * answered the row shows that point's name.
 */
function settlePointNames(context: SheetContext, raws: readonly RawRow[], skipped: SkippedRow[]): NamedRow[] {
  const named: NamedRow[] = []
  let previous = ''

  for (const raw of raws) {
    const text = Object.values(raw.values).join(' | ')
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text
    if (!raw.values.hazard) {
      const onlyMeasures = Object.keys(raw.values).some((field) => field.startsWith('measure'))
      const reason = onlyMeasures ? '没有危险源内容，只有管控措施（可能是上一行措施的续行，请合并到上一行后再导入）' : '没有危险源（危险有害因素）内容'
      skipped.push({ row: raw.row, reason, text: shown })
      continue
    }

    const questionIds = [...raw.questionIds]
    let pointName = raw.values.pointName ?? ''
    if (!pointName) {
      if (!previous) {
        skipped.push({ row: raw.row, reason: '没有风险点名称，上方也没有风险点', text: shown })
        continue
      }
      const cell = fieldCell(context, 'pointName', raw.row)
      const answer = rowAsker(context.book, questionIds)({
        id: `point-name-missing:${cell}`,
        groupId: 'point-name-missing',
        kind: 'point-name-missing',
        cell,
        row: raw.row,
        value: '',
        prompt: `第 ${raw.row} 行没有填写风险点名称（${cell} 为空，也不是合并单元格）。这项风险（${raw.values.hazard}）是否归入上一个风险点“${previous}”？`,
        options: [
          { value: 'previous', label: `归入上一个风险点“${previous}”` },
          { value: 'skip', label: '不导入这一行' }
        ]
      })
      if (answer === 'skip') {
        skipped.push({ row: raw.row, reason: '没有风险点名称，按回答不导入', text: shown })
        continue
      }
      pointName = previous
    }
    previous = pointName
    named.push({ raw, pointName, questionIds })
  }
  return named
}

function emptyLevelCounts(): ImportCounts['levels'] {
  return Object.fromEntries([...riskLevels, 'pending'].map((level) => [level, 0])) as ImportCounts['levels']
}

function countRows(rows: readonly ParsedRiskRow[], skipped: readonly SkippedRow[], questions: number, warnings: number): ImportCounts {
  const levels = emptyLevelCounts()
  for (const row of rows) levels[row.level ?? 'pending'] += 1
  const points = new Set(rows.map((row) => row.pointName))
  return {
    dataRows: rows.length,
    skippedRows: skipped.length,
    riskPoints: points.size,
    newRiskPoints: points.size,
    risks: rows.length,
    measures: rows.reduce((total, row) => total + row.measures.length, 0),
    questions,
    warnings,
    levels
  }
}

/**
 * The preview of a sheet whose mapping lacks a required field: the header and the columns, so the
 * window can ask which column contains the missing field, and no rows.
 */
function mappingOnlyPreview(input: SheetParseInput, mapping: ResolvedMapping, missingFields: ImportField[]): ImportPreview {
  const warnings = mapping.warnings
  const levels = emptyLevelCounts()
  const counts: ImportCounts = { dataRows: 0, skippedRows: 0, riskPoints: 0, newRiskPoints: 0, risks: 0, measures: 0, questions: 0, warnings: warnings.length, levels }
  return {
    file: input.file,
    sheets: input.sheets,
    sheet: input.grid.name,
    headerRows: headerRowNumbers(input.band),
    signature: headerSignature(input.band),
    mapping: mapping.columns,
    mappingSource: mapping.source,
    missingFields,
    unmappedColumns: mapping.unmapped,
    method: methodOfColumns(mapping.fields),
    rows: [],
    skipped: [],
    warnings,
    questions: [],
    counts
  }
}

function headerRowNumbers(band: HeaderBand): number[] {
  return Array.from({ length: band.bottom - band.top + 1 }, (_, index) => band.top + index)
}

export function parseSheet(input: SheetParseInput): ImportPreview {
  const { grid, band } = input
  const mapping = resolveMapping(band, input.saved, input.given)
  const missingFields = missingRequiredFields(mapping.fields)
  if (missingFields.length > 0 && input.reportMissingFields) return mappingOnlyPreview(input, mapping, missingFields)
  assertRequiredFields(mapping.fields, input.file, grid.name)

  const warnings = new WarningList()
  for (const warning of mapping.warnings) warnings.add(warning)
  const book = new QuestionBook(input.answers)
  const legend = readSheetLegend(grid, band, mapping.fields)
  const context: SheetContext = {
    file: input.file,
    grid,
    band,
    fields: mapping.fields,
    tables: input.tables,
    method: methodOfColumns(mapping.fields),
    book,
    warnings,
    legend
  }

  const { rows: raws, skipped } = readRawRows(grid, band, mapping.fields, book, warnings, legend)
  const scheme = detectScheme(raws, legend)
  const rows: ParsedRiskRow[] = []
  for (const { raw, pointName, questionIds } of settlePointNames(context, raws, skipped)) {
    const outcome = parseRow(context, scheme, raw, pointName)
    if ('skipped' in outcome) {
      skipped.push(outcome.skipped)
      continue
    }
    outcome.parsed.questionIds.unshift(...questionIds)
    rows.push(outcome.parsed)
  }
  settlePointKinds(context, raws, rows)
  sheetWarnings(context, rows)
  skipped.sort((a, b) => a.row - b.row)

  for (const warning of book.answerWarnings()) warnings.add(warning)
  const questions = book.questions()
  const warningList = warnings.list()
  return {
    file: input.file,
    sheets: input.sheets,
    sheet: grid.name,
    headerRows: headerRowNumbers(band),
    signature: headerSignature(band),
    mapping: mapping.columns,
    mappingSource: mapping.source,
    unmappedColumns: mapping.unmapped,
    method: context.method,
    rows,
    skipped,
    warnings: warningList,
    questions,
    counts: countRows(rows, skipped, questions.length, warningList.length)
  }
}
