import { riskLevelInfo, riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { formatScore, type GradingMethod } from '../../shared/grading/grade'
import type { LevelSource } from '../../shared/risk-import'
import { factorText, type FactorOutcome } from './factors'
import type { RawRow } from './raw-rows'
import type { RowAsk, SheetContext } from './sheet-context'
import { scoreLevel, type TypedLevel, type TypedScore } from './typed-level'

/**
 * Decides a row's level from what it has: a score computed from factors, a typed level, a typed score.
 * Agreement needs no question. A typed level that disagrees with the computed one becomes a question
 * with both as options. A row with neither gets a question for its level.
 */

export interface LevelDecision {
  method: GradingMethod
  score: number | null
  level: RiskLevel | null
  source: LevelSource | null
}

/** The level the row's numbers give: from its factors, else from a typed score. */
interface Reference {
  level: RiskLevel
  score: number
  fromFactors: boolean
  /** "L=3、E=6、C=7，D=126" or "D=126". */
  description: string
  method: 'lec' | 'ls'
}

const tolerance = (score: number) => Math.max(0.5, Math.abs(score) * 0.01)

function word(level: RiskLevel): string {
  return riskLevelInfo[level].word
}

function reference(context: SheetContext, factors: FactorOutcome, typedScore: TypedScore | undefined, raw: RawRow): Reference | undefined {
  const symbol = (method: 'lec' | 'ls') => (method === 'lec' ? 'D' : 'R')

  if (factors.level && factors.score !== null && factors.method !== 'direct') {
    if (typedScore && Math.abs(typedScore.score - factors.score) > tolerance(factors.score)) {
      context.warnings.add({
        code: 'score-mismatch',
        row: raw.row,
        cell: typedScore.cell,
        message: `${typedScore.cell} 填写的 ${symbol(factors.method)}=${formatScore(typedScore.score)}，与 ${factorText(factors)} 的乘积 ${formatScore(factors.score)} 不符，已按乘积 ${formatScore(factors.score)} 计算。`
      })
    }
    const description = `${factorText(factors)}，${symbol(factors.method)}=${formatScore(factors.score)}`
    return { level: factors.level, score: factors.score, fromFactors: true, description, method: factors.method }
  }

  if (typedScore) {
    const description = `${symbol(typedScore.method)}=${formatScore(typedScore.score)}`
    return { level: scoreLevel(context, typedScore), score: typedScore.score, fromFactors: false, description, method: typedScore.method }
  }
  return undefined
}

function fromReference(ref: Reference, source: LevelSource): LevelDecision {
  return ref.fromFactors
    ? { method: ref.method, score: ref.score, level: ref.level, source }
    : { method: 'direct', score: ref.score, level: ref.level, source }
}

function askConflict(typed: TypedLevel, typedLevel: RiskLevel, ref: Reference, raw: RawRow, ask: RowAsk): LevelDecision {
  const answer = ask({
    id: `level-conflict:${typed.cell}`,
    groupId: `level-conflict:${typedLevel}>${ref.level}`,
    kind: 'level-conflict',
    cell: typed.cell,
    row: raw.row,
    value: typed.text,
    prompt: `第 ${raw.row} 行填写的风险等级是“${word(typedLevel)}”（${typed.cell}“${typed.text}”），但按 ${ref.description} 应为“${word(ref.level)}”。按哪一个导入？`,
    options: [
      { value: 'typed', label: `按表中填写的“${word(typedLevel)}”（不用分值，直接判定）` },
      { value: 'computed', label: `按 ${ref.description} 得出的“${word(ref.level)}”` }
    ]
  })
  if (answer === undefined) return { method: 'direct', score: null, level: null, source: null }
  if (answer === 'computed') return fromReference(ref, 'answered')
  return { method: 'direct', score: null, level: typedLevel, source: 'answered' }
}

function askMissing(context: SheetContext, typed: TypedLevel, raw: RawRow, ask: RowAsk): LevelDecision {
  const answer = ask({
    id: `level-missing:${typed.cell}`,
    groupId: 'level-missing',
    kind: 'level-missing',
    cell: typed.cell,
    row: raw.row,
    value: typed.text,
    prompt: `第 ${raw.row} 行没有可用的风险等级，也没有可计算的分值。这项风险（${raw.values.hazard ?? ''}）应为哪一级？`,
    options: riskLevels.map((level) => ({ value: level, label: riskLevelInfo[level].word }))
  })
  if (answer === undefined) return { method: 'direct', score: null, level: null, source: null }
  return { method: 'direct', score: null, level: answer as RiskLevel, source: 'answered' }
}

export function decideLevel(
  context: SheetContext,
  raw: RawRow,
  factors: FactorOutcome,
  typed: TypedLevel,
  typedScore: TypedScore | undefined,
  ask: RowAsk
): LevelDecision {
  const pending: LevelDecision = { method: 'direct', score: null, level: null, source: null }
  if (factors.pending || typed.pending) return pending

  const ref = reference(context, factors, typedScore, raw)
  if (ref && (typed.level === undefined || typed.useComputed)) {
    let source: LevelSource = ref.fromFactors ? 'computed' : 'score'
    if (typed.useComputed) source = 'answered'
    return fromReference(ref, source)
  }
  if (ref && typed.level !== undefined) {
    if (typed.level === ref.level) return fromReference(ref, ref.fromFactors ? 'computed' : 'typed')
    return askConflict(typed, typed.level, ref, raw, ask)
  }

  if (typed.level !== undefined) return { method: 'direct', score: null, level: typed.level, source: typed.answered ? 'answered' : 'typed' }
  return askMissing(context, typed, raw, ask)
}
