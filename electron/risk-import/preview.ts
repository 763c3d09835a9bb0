import type { ImportAnswers, ImportMappingInput, ImportPreview } from '../../shared/risk-import'
import type { Executor } from '../db/transaction'
import { getValueTables } from '../settings/settings.service'
import { getSavedMappings } from './mappings.service'
import { parseRiskListFile } from './parse'
import { loadSchoolLookup, matchPreview } from './school-match'

export interface ImportRequest {
  /** Path of the .xlsx file. */
  file: string
  sheet?: string
  mapping?: ImportMappingInput
  answers?: ImportAnswers
  /**
   * Return a preview without rows when 风险点名称 or 危险源 has no column, so the window can ask for the
   * column; the import itself (and the CLI) leaves it unset and gets the error.
   */
  reportMissingFields?: boolean
}

/**
 * Reads a risk list against a school file: its value tables grade the rows, its saved mappings apply,
 * and its risk points, posts and staff are matched by name. Reads the school file only.
 */
export async function previewRiskImport(db: Executor, request: ImportRequest): Promise<ImportPreview> {
  const preview = await parseRiskListFile(request.file, {
    tables: await getValueTables(db),
    savedMappings: await getSavedMappings(db),
    sheet: request.sheet,
    mapping: request.mapping,
    answers: request.answers,
    reportMissingFields: request.reportMissingFields
  })
  return matchPreview(preview, await loadSchoolLookup(db))
}
