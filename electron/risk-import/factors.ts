import type { RiskLevel } from '../../shared/domain/levels'
import { formatScore, levelForScore, roundScore } from '../../shared/grading/grade'
import type { ScaleValue } from '../../shared/grading/value-tables'
import type { ImportField } from '../../shared/risk-import'
import { matchKey } from './normalise'
import type { RawRow } from './raw-rows'
import { questionKey } from './questions'
import { fieldCell, type RowAsk, type SheetContext } from './sheet-context'

/**
 * Reads a row's L, E, C (or L, S) against the school's value tables. A value that is not a number, or
 * not on the school's scale, is never rounded to a neighbour. It becomes a question that covers every
 * cell of that column with the same value, with the scale's values and "grade directly" as options.
 */

type FactorName = 'l' | 'e' | 'c' | 's'

export interface FactorOutcome {
  /** The factors as used; null where missing or not settled. */
  factors: Record<FactorName, number | null>
  /** D or R from the factors, when all of them are settled and on the scale. */
  score: number | null
  level: RiskLevel | null
  /** The evaluation method the score belongs to; direct when there is no score. */
  method: 'lec' | 'ls' | 'direct'
  /** True while a factor question is open. */
  pending: boolean
}

interface FactorSpec {
  name: FactorName
  letter: string
  scale: readonly ScaleValue[]
}

/** Reads a number as schools type it: "6", "0.5", "６", "3分". */
export function parseNumber(text: string): number | undefined {
  const key = matchKey(text).replace(/分$/, '')
  if (!/^\d+(\.\d+)?$/.test(key)) return undefined
  return Number(key)
}

function factorSpecs(context: SheetContext): FactorSpec[] {
  const { lec, ls } = context.tables
  if (context.method === 'lec') {
    return [
      { name: 'l', letter: 'L', scale: lec.l },
      { name: 'e', letter: 'E', scale: lec.e },
      { name: 'c', letter: 'C', scale: lec.c }
    ]
  }
  if (context.method === 'ls') {
    return [
      { name: 'l', letter: 'L', scale: ls.l },
      { name: 's', letter: 'S', scale: ls.s }
    ]
  }
  return []
}

/** Returns a factor's value (read or answered), 'direct' when the user chose direct grading, or undefined while the question is open. */
function settleFactor(context: SheetContext, raw: RawRow, spec: FactorSpec, text: string, ask: RowAsk): number | 'direct' | undefined {
  const value = parseNumber(text)
  if (value !== undefined && spec.scale.some((entry) => entry.value === value)) return value

  const cell = fieldCell(context, spec.name as ImportField, raw.row)
  const methodName = context.method === 'lec' ? 'LEC' : 'LS'
  const allowed = spec.scale.map((entry) => String(entry.value)).join('、')
  const problem = value === undefined ? '不是数字' : `不在本校 ${methodName} 评价标准的分值表中（可选 ${allowed}）`
  const answer = ask({
    id: `factor-value:${spec.letter}:${questionKey(text)}`,
    kind: 'factor-value',
    cell,
    row: raw.row,
    value: text,
    prompt: `${cell} 的 ${spec.letter} 值“${text}”${problem}。${spec.letter} 列中所有“${text}”应按哪个分值计算？`,
    options: [
      ...spec.scale.map((entry) => ({ value: String(entry.value), label: `按 ${entry.value} 计（${entry.meaning}）` })),
      { value: 'direct', label: '不用分值计算，这些行按表中的风险等级直接判定' }
    ]
  })
  if (answer === undefined || answer === 'direct') return answer
  return Number(answer)
}

function emptyOutcome(): FactorOutcome {
  return { factors: { l: null, e: null, c: null, s: null }, score: null, level: null, method: 'direct', pending: false }
}

/** Reads and checks a row's factors and computes D or R with the school's thresholds. */
export function resolveFactors(context: SheetContext, raw: RawRow, ask: RowAsk): FactorOutcome {
  const outcome = emptyOutcome()
  const specs = factorSpecs(context)
  const texts = specs.map((spec) => raw.values[spec.name as ImportField] ?? '')
  if (specs.length === 0 || texts.every((text) => text === '')) return outcome

  if (texts.some((text) => text === '')) {
    const letters = specs.map((spec) => spec.letter).join('、')
    context.warnings.add({
      code: 'factors-incomplete',
      row: raw.row,
      cell: fieldCell(context, specs[texts.indexOf('')].name as ImportField, raw.row),
      message: `第 ${raw.row} 行的 ${letters} 没有填全，这一行不按分值计算，按填写的风险等级判定。`
    })
    return outcome
  }

  let direct = false
  specs.forEach((spec, index) => {
    const settled = settleFactor(context, raw, spec, texts[index], ask)
    if (settled === undefined) outcome.pending = true
    else if (settled === 'direct') direct = true
    else outcome.factors[spec.name] = settled
  })
  if (direct || outcome.pending) return { ...emptyOutcome(), pending: outcome.pending && !direct }

  const product = specs.reduce((total, spec) => total * (outcome.factors[spec.name] ?? 0), 1)
  const method = context.method === 'lec' ? 'lec' : 'ls'
  const thresholds = method === 'lec' ? context.tables.lec.thresholds : context.tables.ls.thresholds
  outcome.score = roundScore(product)
  outcome.level = levelForScore(outcome.score, thresholds)
  outcome.method = method
  return outcome
}

/** "L=3、E=6、C=7" for messages. */
export function factorText(outcome: FactorOutcome): string {
  const parts: string[] = []
  for (const [name, letter] of [['l', 'L'], ['e', 'E'], ['c', 'C'], ['s', 'S']] as const) {
    const value = outcome.factors[name]
    if (value !== null) parts.push(`${letter}=${formatScore(value)}`)
  }
  return parts.join('、')
}
