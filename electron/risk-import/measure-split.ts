import type { MeasureCategory } from '../../shared/domain/measures'
import type { ImportedMeasure } from '../../shared/risk-import'
import { matchKey } from './normalise'

/**
 * Splits a measures cell into single measures: at line breaks, at numbering (1. 2、 (3) （4） ①) and at
 * semicolons. A line that starts with a category ("工程技术措施：…") sets the category for itself and
 * the lines after it, when the column itself has none.
 */

const categoryPrefixes: [RegExp, MeasureCategory][] = [
  [/^(工程技术措施|工程技术|工程措施|技术措施)/, 'engineering'],
  [/^(管理措施|管理)/, 'management'],
  [/^(培训教育措施|培训教育|教育培训措施|教育培训|培训措施)/, 'training'],
  [/^(个体防护措施|个体防护|个人防护措施|个人防护|防护措施)/, 'protective'],
  [/^(应急处置措施|应急处置|应急措施|应急处理)/, 'emergency']
]

/** Numbering that starts a measure: "1." "2、" "(3)" "（4）" "①"; a decimal such as "1.5 米" is not numbering. */
const numbering = /(?:^|(?<=[\s。；;，,:：]))(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/g
const leadingNumbering = /^\s*(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/

function splitPieces(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.replace(numbering, '\n').split('\n'))
    .flatMap((line) => line.split(/[；;]/))
    .map((piece) => piece.replace(leadingNumbering, '').trim())
    .filter((piece) => piece.length > 0)
}

/** Finds the category a piece starts with, and returns the piece without that prefix and its colon. */
function categoryPrefix(piece: string): { category: MeasureCategory; rest: string } | undefined {
  for (const [pattern, category] of categoryPrefixes) {
    const match = pattern.exec(piece)
    if (!match) continue
    const after = piece.slice(match[0].length)
    // "管理制度健全" starts with 管理 but is a measure, not a prefix: a prefix is followed by a colon.
    if (!/^\s*[:：]/.test(after)) continue
    return { category, rest: after.replace(/^\s*[:：]\s*/, '') }
  }
  return undefined
}

/**
 * Splits one cell into measures. `columnCategory` is the category of a per-category column. A general
 * column passes undefined, and there a prefix decides the category, else 管理措施.
 */
export function splitMeasures(text: string, columnCategory: MeasureCategory | undefined): ImportedMeasure[] {
  const measures: ImportedMeasure[] = []
  let current: MeasureCategory = columnCategory ?? 'management'

  for (const piece of splitPieces(text)) {
    const prefix = categoryPrefix(piece)
    if (prefix && columnCategory === undefined) current = prefix.category
    const content = (prefix ? prefix.rest : piece).replace(leadingNumbering, '').replace(/^[\s、,，。.]+|[\s，,。]+$/g, '').trim()
    if (content.length === 0 || /^[无/—\-－]+$/.test(matchKey(content))) continue
    if (measures.some((measure) => measure.category === current && measure.content === content)) continue
    measures.push({ category: current, content })
  }
  return measures
}
