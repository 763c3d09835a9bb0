import type { ParsedRiskRow } from '../../shared/risk-import'
import { oneLine } from './normalise'
import type { SheetContext } from './sheet-context'

/**
 * Warnings about the sheet as a whole, each given once with the rows it concerns. They report the
 * guesses the importer made (factor types, areas from section titles) and empty accident types. They
 * also name cells whose value could not be read, such as a formula saved without its result.
 */

/** "3、6 行" or "3、4、… 等 44 行". */
function rowList(rows: readonly ParsedRiskRow[]): string {
  const numbers = rows.map((row) => row.row)
  return numbers.length > 10 ? `${numbers.slice(0, 10).join('、')} 等 ${numbers.length} 行` : `${numbers.join('、')} 行`
}

function warnGuessedFactorTypes(context: SheetContext, rows: readonly ParsedRiskRow[]): void {
  const guessed = rows.filter((row) => row.factorTypeSource === 'guessed')
  if (guessed.length === 0) return
  const counts = new Map<string, number>()
  for (const row of guessed) counts.set(row.factorType, (counts.get(row.factorType) ?? 0) + 1)
  const summary = [...counts].map(([type, count]) => `${type} ${count} 项`).join('，')
  const why = context.fields.has('factorType') ? '因素类别为空' : '表中没有“因素类别”列'
  context.warnings.add({
    code: 'factor-type-guessed',
    message: `${why}，${guessed.length} 项风险的因素类别是按危险源文字推断的（${summary}），导入后请在风险编辑中核对。`
  })
}

function warnEmptyAccidentTypes(context: SheetContext, rows: readonly ParsedRiskRow[]): void {
  // A row whose accident word waits for an answer is not empty yet.
  const empty = rows.filter((row) => row.accidentTypes.length === 0 && !row.questionIds.some((id) => id.startsWith('accident-type:')))
  if (empty.length === 0) return
  const why = context.fields.has('accidentTypes') ? '事故类型为空或无法识别' : '表中没有“事故类型”列'
  context.warnings.add({
    code: 'accident-types-empty',
    message: `${why}，第 ${rowList(empty)}的风险导入后没有事故类型，请在风险编辑中补填。`
  })
}

function warnSectionAreas(context: SheetContext, rows: readonly ParsedRiskRow[]): void {
  if (context.fields.has('area')) return
  const fromSection = rows.filter((row) => row.area !== '')
  if (fromSection.length === 0) return
  const first = fromSection[0]
  context.warnings.add({
    code: 'area-from-section',
    message: `表中没有“区域”列，第 ${rowList(fromSection)}的所在区域按上方的分区标题填写（如“${first.section}”→“${first.area}”）。`
  })
}

function warnCellNotes(context: SheetContext): void {
  for (const note of context.grid.notes) {
    const row = Number(/\d+$/.exec(note.address)?.[0] ?? 0)
    if (row < context.band.top) continue
    const message =
      note.kind === 'formula-without-result'
        ? `${note.address} 是${oneLine(note.detail)}，文件中没有保存它的计算结果（文件可能不是用 Excel 或 WPS 保存的），按空白处理。可在 Excel 或 WPS 中打开并保存后再导入。`
        : `${note.address} 的值是错误值 ${note.detail}，按空白处理。`
    context.warnings.add({ code: note.kind, row, cell: note.address, message })
  }
}

export function sheetWarnings(context: SheetContext, rows: readonly ParsedRiskRow[]): void {
  warnGuessedFactorTypes(context, rows)
  warnEmptyAccidentTypes(context, rows)
  warnSectionAreas(context, rows)
  warnCellNotes(context)
}
