import { accidentTypeName } from '../../../shared/domain/accident-types'
import { measureCategoryShortLabels, type MeasureCategory } from '../../../shared/domain/measures'
import { measureCategories } from '../../../shared/domain/measures'
import { formatScore } from '../../../shared/grading/grade'
import type { Inline } from '../layout/paragraphs'
import { circledNumber } from '../layout/numbering'
import { cleanText } from '../layout/text'
import type { DataMeasure, DataRisk, DataRiskPoint } from './school-index'

/** Accident type names of one risk, joined with 、. */
export function accidentNames(codes: readonly string[]): string {
  return distinctAccidentNames(codes).join('、')
}

/**
 * Words that name an accident type in a consequence text besides the type's own name: GB 6441 calls a
 * collapse 坍塌 where a school writes 倒塌, and its 其他爆炸 is what a consequence calls a gas 爆炸.
 */
const accidentSynonyms: Record<string, readonly string[]> = {
  坍塌: ['倒塌', '垮塌'],
  其他爆炸: ['爆炸'],
  淹溺: ['溺水', '溺亡', '校外溺水'],
  校外溺水: ['溺水', '溺亡', '淹溺'],
  高处坠落: ['坠落', '坠楼']
}

function alreadyNamed(consequence: string, name: string): boolean {
  return [name, ...(accidentSynonyms[name] ?? [])].some((word) => consequence.includes(word))
}

/** Returns the accident type names of the codes, leaving out a name that repeats an earlier one in other words (淹溺 after 校外溺水). */
function distinctAccidentNames(codes: readonly string[]): string[] {
  const names = [...new Set(codes.map((code) => cleanText(accidentTypeName(code))).filter(Boolean))]
  const distinct: string[] = []
  for (const name of names) {
    if (!distinct.some((earlier) => alreadyNamed(earlier, name))) distinct.push(name)
  }
  return distinct
}

/**
 * "校舍局部或整体倒塌，造成群死群伤；物体打击": the consequence followed by the accident types it does not
 * already name, so a type is not printed twice in other words.
 */
export function consequenceWithAccidents(consequence: string, codes: readonly string[]): string {
  const text = cleanText(consequence)
  const unnamed = distinctAccidentNames(codes).filter((name) => !alreadyNamed(text, name)).join('、')
  return [text, unnamed].filter(Boolean).join('；')
}

/** Accident type names of all risks of a point, without repeats. */
export function pointAccidentNames(point: DataRiskPoint): string {
  return accidentNames(point.risks.flatMap((risk) => risk.accidentTypes))
}

/** "FX-01 学生食堂". */
export function pointLabel(point: DataRiskPoint): string {
  return [cleanText(point.code), cleanText(point.name)].filter(Boolean).join(' ')
}

/** The evaluation in short: method and factor values, e.g. ["LEC", "L=3 E=6 C=7"]. */
export function methodLines(risk: DataRisk): string[] {
  switch (risk.method) {
    case 'lec':
      return ['LEC', `L=${formatScore(risk.lecL)} E=${formatScore(risk.lecE)} C=${formatScore(risk.lecC)}`]
    case 'ls':
      return ['LS', `L=${formatScore(risk.lsL)} S=${formatScore(risk.lsS)}`]
    case 'direct':
      return ['直接判定']
  }
}

/** "D=126", "R=12" or "—". */
export function scoreText(risk: DataRisk): string {
  if (risk.score === null || risk.method === 'direct') return '—'
  return `${risk.method === 'lec' ? 'D' : 'R'}=${formatScore(risk.score)}`
}

export function measuresOf(risk: DataRisk, category: MeasureCategory): DataMeasure[] {
  return risk.measures.filter((measure) => measure.category === category && cleanText(measure.content) !== '')
}

function withoutEndPunctuation(text: string): string {
  return cleanText(text).replace(/[。；;，,]+$/, '')
}

/**
 * Builds one cell paragraph per measure category the risk has, engineering first, each with its label in
 * bold and its measures numbered ①②….
 */
export function measureParagraphs(risk: DataRisk): Inline[][] {
  return measureCategories
    .map((category) => ({ category, measures: measuresOf(risk, category) }))
    .filter((group) => group.measures.length > 0)
    .map((group) => {
      const text = group.measures.map((measure, index) => `${circledNumber(index + 1)}${withoutEndPunctuation(measure.content)}`).join('；')
      return [{ text: `${measureCategoryShortLabels[group.category]}：`, bold: true }, `${text}。`]
    })
}
