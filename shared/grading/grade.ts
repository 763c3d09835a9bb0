import type { RiskLevel } from '../domain/levels'
import { AppError } from '../errors'
import type { LevelThreshold, ScaleValue, ValueTables } from './value-tables'

export const gradingMethods = ['lec', 'ls', 'direct'] as const
export type GradingMethod = (typeof gradingMethods)[number]

export const gradingMethodLabels: Record<GradingMethod, string> = {
  lec: 'LEC 作业条件危险性分析法',
  ls: 'LS 风险矩阵法',
  direct: '按等级定义直接判定'
}

/** The factor values of one evaluation, as entered. Unused factors are null. */
export interface Evaluation {
  method: GradingMethod
  lecL: number | null
  lecE: number | null
  lecC: number | null
  lsL: number | null
  lsS: number | null
  directLevel: RiskLevel | null
}

export interface Grade {
  /** D for LEC, R for LS, null for direct grading. */
  score: number | null
  level: RiskLevel
}

/** Applies thresholds to a score: the first level whose lower bound the score reaches. */
export function levelForScore(score: number, thresholds: readonly LevelThreshold[]): RiskLevel {
  const ordered = [...thresholds].sort((a, b) => b.min - a.min)
  for (const threshold of ordered) {
    const reaches = threshold.inclusive ? score >= threshold.min : score > threshold.min
    if (reaches) return threshold.level
  }
  return 'low'
}

/**
 * Rounds a product of scale values. LEC factors such as 0.1 and 0.2 make binary floating-point noise
 * (0.1 × 3 × 7 = 2.1000000000000005); four decimals is far finer than any threshold.
 */
export function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000
}

function requireOnScale(value: number | null, scale: readonly ScaleValue[], field: string): number {
  const allowed = scale.map((entry) => String(entry.value))
  // Factors are picked from the scale, so a missing one reads 请选择….
  if (value === null || !Number.isFinite(value)) {
    throw new AppError({ code: 'required-choice', field })
  }
  if (!scale.some((entry) => entry.value === value)) {
    throw new AppError({ code: 'factor-not-on-scale', field, value: String(value), allowed })
  }
  return value
}

/** Grades an evaluation against the value tables. Throws `factor-not-on-scale` for off-scale factors. */
export function grade(evaluation: Evaluation, tables: ValueTables): Grade {
  switch (evaluation.method) {
    case 'lec': {
      const l = requireOnScale(evaluation.lecL, tables.lec.l, 'L（事故发生的可能性）')
      const e = requireOnScale(evaluation.lecE, tables.lec.e, 'E（暴露于危险环境的频繁程度）')
      const c = requireOnScale(evaluation.lecC, tables.lec.c, 'C（发生事故可能造成的后果）')
      const score = roundScore(l * e * c)
      return { score, level: levelForScore(score, tables.lec.thresholds) }
    }
    case 'ls': {
      const l = requireOnScale(evaluation.lsL, tables.ls.l, 'L（事故发生的可能性）')
      const s = requireOnScale(evaluation.lsS, tables.ls.s, 'S（后果严重性）')
      const score = roundScore(l * s)
      return { score, level: levelForScore(score, tables.ls.thresholds) }
    }
    case 'direct': {
      if (evaluation.directLevel === null) {
        throw new AppError({ code: 'required-choice', field: '风险等级' })
      }
      return { score: null, level: evaluation.directLevel }
    }
  }
}

/** Describes the score range of each level, e.g. "D＞320", for printing the method chapter. */
export function thresholdRanges(thresholds: readonly LevelThreshold[], symbol: string): Record<RiskLevel, string> {
  const ordered = [...thresholds].sort((a, b) => b.min - a.min)
  const ranges: Partial<Record<RiskLevel, string>> = {}
  let upper: LevelThreshold | undefined

  for (const threshold of ordered) {
    const lowerSign = threshold.inclusive ? '≤' : '<'
    if (upper === undefined) {
      ranges[threshold.level] = `${symbol}${threshold.inclusive ? '≥' : '>'}${threshold.min}`
    } else {
      const upperSign = upper.inclusive ? '<' : '≤'
      ranges[threshold.level] = `${threshold.min}${lowerSign}${symbol}${upperSign}${upper.min}`
    }
    upper = threshold
  }

  const lowest = ordered[ordered.length - 1]
  ranges.low = lowest ? `${symbol}${lowest.inclusive ? '<' : '≤'}${lowest.min}` : `任意${symbol}`
  return ranges as Record<RiskLevel, string>
}

export function formatScore(score: number | null): string {
  if (score === null) return '—'
  return Number.isInteger(score) ? String(score) : String(roundScore(score))
}
