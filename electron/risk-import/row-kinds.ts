import type { SheetGrid } from './grid'
import type { HeaderBand } from './header'
import { isTitleLabel } from './header-words'
import { hasLegendPairs } from './legend'
import { matchKey, oneLine } from './normalise'

/**
 * Tells the rows below the header apart: risks, and the rows a printed list also has (section titles,
 * page titles, spacer rows, headers repeated on every page, totals, signature lines, notes, legends).
 */

export type RowKind =
  | { kind: 'data' }
  | { kind: 'section'; title: string }
  | { kind: 'skip'; reason: string; legend: boolean }

const totalWords = /^(合计|小计|共计|总计|总数)/
const signatureWords = /^(编制人?|审核人?|批准人?|制表人?|填表人?|审批人?|复核人?|编制单位|填报单位|签字|签名|日期|编制日期|填报日期|审核日期|负责人签字|主要负责人)([:：]|$|\s)/
const noteWords = /^(注|说明|备注|附注|填表说明|注意)([:：、.\d]|$)/
const sectionNumbering = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第.{1,3}(部分|章|节|类)|[A-Z][、.．])/
const pageNumber = /^第\d+页|^共\d+页/

/** Folded header labels by column, computed once per header band instead of once per row. */
const labelKeysOfBand = new WeakMap<HeaderBand, string[][]>()

function labelKeys(band: HeaderBand): string[][] {
  let keys = labelKeysOfBand.get(band)
  if (!keys) {
    keys = band.columns.map((column) => column.labels.map(matchKey))
    labelKeysOfBand.set(band, keys)
  }
  return keys
}

/** Tells whether at least 60% of a row's texts (and at least two) repeat the header's labels in the same columns. */
function repeatsHeader(grid: SheetGrid, row: number, columns: number[], band: HeaderBand): boolean {
  if (columns.length < 2) return false
  const keys = labelKeys(band)
  let repeated = 0
  for (const column of columns) {
    const key = matchKey(grid.own(row, column))
    if (keys[column - 1]?.includes(key)) repeated += 1
  }
  return repeated >= 2 && repeated / columns.length >= 0.6
}

/** Classifies a row with one text as a title or a section heading when it spans several columns or is numbered like one. */
function titleKind(grid: SheetGrid, row: number, column: number): RowKind | undefined {
  const text = grid.own(row, column)
  const key = matchKey(text)
  const range = grid.mergeAt(row, column)
  const spans = range !== undefined && range.right - range.left >= 1
  if (pageNumber.test(key)) return { kind: 'skip', reason: '页码行', legend: false }
  if (!spans && !sectionNumbering.test(key)) return undefined
  if (isTitleLabel(key) || /续/.test(key)) return { kind: 'skip', reason: '标题行', legend: false }
  return { kind: 'section', title: text }
}

export function classifyRow(grid: SheetGrid, row: number, band: HeaderBand): RowKind {
  const columns = grid.filledColumns(row)
  if (columns.length === 0) return { kind: 'skip', reason: '空行', legend: false }

  const texts = columns.map((column) => grid.own(row, column))
  const firstKey = matchKey(texts[0])
  if (texts.some((text) => totalWords.test(matchKey(text)) && matchKey(text).length <= 12)) return { kind: 'skip', reason: '合计行', legend: false }
  if (signatureWords.test(firstKey)) return { kind: 'skip', reason: '签字和日期行', legend: false }
  if (noteWords.test(firstKey)) return { kind: 'skip', reason: '注释和说明行', legend: hasLegendPairs(texts.join(' ')) }
  if (columns.length <= 3 && hasLegendPairs(texts.join(' '))) return { kind: 'skip', reason: '图例行', legend: true }
  if (repeatsHeader(grid, row, columns, band)) return { kind: 'skip', reason: '重复的表头行', legend: false }

  if (columns.length === 1) {
    const title = titleKind(grid, row, columns[0])
    if (title) return title
  }
  return { kind: 'data' }
}

/** Joins a row's texts, shortened, for the list of skipped rows. */
export function rowText(grid: SheetGrid, row: number): string {
  return oneLine(
    grid
      .filledColumns(row)
      .map((column) => grid.own(row, column))
      .join(' | '),
    60
  )
}
