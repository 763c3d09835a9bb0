import { AppError } from '../../shared/errors'
import {
  columnLetter,
  columnNumber,
  importFieldLabels,
  importFields,
  requiredImportFields,
  type ImportField,
  type ImportMappingInput,
  type ImportWarning,
  type MappedColumn,
  type MappingSource
} from '../../shared/risk-import'
import type { HeaderBand } from './header'
import { headerText } from './header'

/**
 * The column of each field: detected from the header, then a saved mapping for this header layout,
 * then the caller's mapping on top. A column contains one field, so mapping a field to a column takes
 * that column away from the field detection gave it.
 */

export interface ResolvedMapping {
  fields: Map<ImportField, number>
  source: MappingSource
  columns: MappedColumn[]
  unmapped: { column: string; header: string }[]
  warnings: ImportWarning[]
}

function applyOverride(fields: Map<ImportField, number>, override: ImportMappingInput): void {
  for (const field of importFields) {
    if (!(field in override)) continue
    const letter = override[field]
    fields.delete(field)
    if (letter === null || letter === undefined) continue

    const column = columnNumber(letter)
    for (const [other, used] of fields) {
      if (used === column) fields.delete(other)
    }
    fields.set(field, column)
  }
}

function duplicateWarnings(band: HeaderBand, fields: Map<ImportField, number>): ImportWarning[] {
  return band.duplicates
    .filter((duplicate) => fields.get(duplicate.field) === duplicate.usedColumn && ![...fields.values()].includes(duplicate.column))
    .map((duplicate) => ({
      code: 'duplicate-column',
      cell: `${columnLetter(duplicate.column)}${band.bottom}`,
      message: `${columnLetter(duplicate.column)} 列“${headerText(band, duplicate.column)}”与 ${columnLetter(duplicate.usedColumn)} 列都像“${importFieldLabels[duplicate.field]}”，只导入了 ${columnLetter(duplicate.usedColumn)} 列。如需改用 ${columnLetter(duplicate.column)} 列，请修改列对应关系。`
    }))
}

export function resolveMapping(band: HeaderBand, saved: ImportMappingInput | undefined, given: ImportMappingInput | undefined): ResolvedMapping {
  const fields = new Map(band.fields)
  if (saved) applyOverride(fields, saved)
  if (given) applyOverride(fields, given)
  let source: MappingSource = 'detected'
  if (saved) source = 'saved'
  if (given && Object.keys(given).length > 0) source = 'given'

  const ordered = [...fields].sort((a, b) => a[1] - b[1])
  const columns = ordered.map(([field, column]) => ({ field, column: columnLetter(column), header: headerText(band, column) }))
  const usedColumns = new Set(fields.values())
  const unmapped = band.columns
    .filter((column) => column.labels.length > 0 && !usedColumns.has(column.column))
    .map((column) => ({ column: columnLetter(column.column), header: column.labels.join('/') }))

  return { fields, source, columns, unmapped, warnings: duplicateWarnings(band, fields) }
}

/** Returns the fields every risk needs (a risk point name and a hazard) that the mapping lacks. */
export function missingRequiredFields(fields: ReadonlyMap<ImportField, number>): ImportField[] {
  return requiredImportFields.filter((field) => !fields.has(field))
}

/** Throws when the mapping lacks what every risk needs: a risk point name and a hazard. */
export function assertRequiredFields(fields: ReadonlyMap<ImportField, number>, file: string, sheet: string): void {
  const missing = missingRequiredFields(fields)
  if (missing.length === 0) return
  const names = missing.map((field) => `“${importFieldLabels[field]}”`).join('和')
  throw new AppError({
    code: 'import-header-not-found',
    file,
    value: sheet,
    detail: `表头中没有找到${names}列，请在列对应关系中指定是哪一列`
  })
}
