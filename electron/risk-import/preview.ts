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
    answers: request.answers
  })
  return matchPreview(preview, await loadSchoolLookup(db))
}
