import type ExcelJS from 'exceljs'
import { AppError } from '../../shared/errors'
import type { ValueTables } from '../../shared/grading/value-tables'
import type { ImportAnswers, ImportMappingInput, ImportPreview } from '../../shared/risk-import'
import { buildGrid, type SheetGrid } from './grid'
import { findHeader, headerSignature, type HeaderBand } from './header'
import { importLimits, type ImportLimits } from './limits'
import { loadWorkbook, type LoadedWorkbook } from './load-workbook'
import { matchKey } from './normalise'
import { parseSheet } from './parse-sheet'

/**
 * Reads a school's risk list from an .xlsx file into a preview: which sheet, which header, which
 * column contains what, every parsed risk, every skipped row with its reason, warnings and open questions.
 * Nothing is written anywhere.
 */

export interface ParseOptions {
  tables: ValueTables
  /** Sheet name; the sheet that looks most like a risk list when absent. */
  sheet?: string
  mapping?: ImportMappingInput
  answers?: ImportAnswers
  /** Mappings saved earlier, by header signature. */
  savedMappings?: Readonly<Record<string, ImportMappingInput>>
  limits?: ImportLimits
  /** Return a preview naming the required fields without a column instead of throwing; see `ImportPreview.missingFields`. */
  reportMissingFields?: boolean
}

interface SheetCandidate {
  grid: SheetGrid
  band: HeaderBand | undefined
}

function candidate(worksheet: ExcelJS.Worksheet, limits: ImportLimits): SheetCandidate {
  const grid = buildGrid(worksheet, limits.maxColumns)
  return { grid, band: findHeader(grid, limits.headerSearchRows) }
}

function requestedSheet(loaded: LoadedWorkbook, name: string, limits: ImportLimits): SheetCandidate {
  const worksheets = loaded.workbook.worksheets
  const found = worksheets.find((sheet) => sheet.name === name) ?? worksheets.find((sheet) => matchKey(sheet.name) === matchKey(name))
  if (!found) {
    throw new AppError({ code: 'import-sheet-not-found', file: loaded.label, value: name, allowed: worksheets.map((sheet) => sheet.name) })
  }
  return candidate(found, limits)
}

/** Finds the visible sheet whose header names the most fields; the first such sheet wins a tie. */
function likeliestSheet(loaded: LoadedWorkbook, limits: ImportLimits): SheetCandidate | undefined {
  let best: SheetCandidate | undefined
  for (const worksheet of loaded.workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') continue
    const current = candidate(worksheet, limits)
    if (!current.band) continue
    if (!best?.band || current.band.score > best.band.score) best = current
  }
  return best
}

export function parseLoadedWorkbook(loaded: LoadedWorkbook, options: ParseOptions): ImportPreview {
  const limits = options.limits ?? importLimits
  const sheets = loaded.workbook.worksheets.map((sheet) => sheet.name)
  if (sheets.length === 0) throw new AppError({ code: 'import-file-invalid', file: loaded.label, detail: '工作簿中没有工作表' })

  const chosen = options.sheet ? requestedSheet(loaded, options.sheet, limits) : likeliestSheet(loaded, limits)
  if (!chosen?.band) {
    const where = options.sheet ? options.sheet : sheets.join('”“')
    throw new AppError({
      code: 'import-header-not-found',
      file: loaded.label,
      value: where,
      detail: `前 ${limits.headerSearchRows} 行中没有同时含“风险点”或“危险源”等列名的表头`
    })
  }

  return parseSheet({
    file: loaded.label,
    sheets,
    grid: chosen.grid,
    band: chosen.band,
    tables: options.tables,
    saved: options.savedMappings?.[headerSignature(chosen.band)],
    given: options.mapping,
    answers: options.answers ?? {},
    reportMissingFields: options.reportMissingFields
  })
}

/** Loads and parses a file; every failure is an `AppError` that names the file. */
export async function parseRiskListFile(file: string, options: ParseOptions): Promise<ImportPreview> {
  const loaded = await loadWorkbook(file, options.limits ?? importLimits)
  return parseLoadedWorkbook(loaded, options)
}
