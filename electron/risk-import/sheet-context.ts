import type { GradingMethod } from '../../shared/grading/grade'
import type { ValueTables } from '../../shared/grading/value-tables'
import { cellAddress, type ImportField } from '../../shared/risk-import'
import type { SheetGrid } from './grid'
import type { HeaderBand } from './header'
import type { Legend } from './legend'
import type { QuestionBook, QuestionSpec } from './questions'
import type { WarningList } from './warnings'

/** The state every step of reading one sheet's rows uses. */
export interface SheetContext {
  file: string
  grid: SheetGrid
  band: HeaderBand
  fields: ReadonlyMap<ImportField, number>
  tables: ValueTables
  /** The method the factor columns imply: lec with L, E and C; ls with L and S; else direct. */
  method: GradingMethod
  book: QuestionBook
  warnings: WarningList
  legend: Legend
}

/** Asks a question for one row and remembers its id on the row while it is open. */
export type RowAsk = (spec: QuestionSpec) => string | undefined

export function rowAsker(book: QuestionBook, openIds: string[]): RowAsk {
  return (spec) => {
    const answer = book.ask(spec)
    if (answer === undefined && !openIds.includes(spec.id)) openIds.push(spec.id)
    return answer
  }
}

/** Returns the address of a field's cell in a row, e.g. "H12", or "第 12 行" when the field has no column. */
export function fieldCell(context: SheetContext, field: ImportField, row: number): string {
  const column = context.fields.get(field)
  return column === undefined ? `第 ${row} 行` : cellAddress(row, column)
}

export function methodOfColumns(fields: ReadonlyMap<ImportField, number>): GradingMethod {
  if (fields.has('l') && fields.has('e') && fields.has('c')) return 'lec'
  if (fields.has('l') && fields.has('s')) return 'ls'
  return 'direct'
}
