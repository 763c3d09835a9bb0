import { riskLevelInfo, riskLevels, type RiskLevel } from '../domain/levels'
import type { AppErrorData } from '../errors'
import { levelForScore, roundScore } from './grade'
import type { LevelThreshold, ScaleValue, ValueTables } from './value-tables'

/**
 * Checks of a whole set of value tables that no single field can make: scale values unique, thresholds in
 * order and inside the scores the scales can produce. Shared by the input schema (which rejects) and the
 * preview (which warns about levels no combination reaches).
 */

export interface MethodScales {
  /** LEC or LS, as printed in messages. */
  method: 'LEC' | 'LS'
  /** D or R. */
  symbol: string
  scales: { label: string; values: readonly ScaleValue[] }[]
  thresholds: readonly LevelThreshold[]
}

export const thresholdLevels = ['major', 'high', 'medium'] as const

/** The scales and thresholds of both methods, labelled as the settings page labels them. */
export function methodScales(tables: Pick<ValueTables, 'lec' | 'ls'>): MethodScales[] {
  return [
    {
      method: 'LEC',
      symbol: 'D',
      scales: [
        { label: 'LEC 可能性 L', values: tables.lec.l },
        { label: 'LEC 暴露频繁程度 E', values: tables.lec.e },
        { label: 'LEC 后果 C', values: tables.lec.c }
      ],
      thresholds: tables.lec.thresholds
    },
    {
      method: 'LS',
      symbol: 'R',
      scales: [
        { label: 'LS 可能性 L', values: tables.ls.l },
        { label: 'LS 严重性 S', values: tables.ls.s }
      ],
      thresholds: tables.ls.thresholds
    }
  ]
}

/** Every score the scales can produce: each product of one value from each scale, without repeats, ascending. */
export function attainableScores(scales: readonly (readonly ScaleValue[])[]): number[] {
  let products = [1]
  for (const scale of scales) {
    products = products.flatMap((product) => scale.map((entry) => roundScore(product * entry.value)))
  }
  return [...new Set(products)].sort((a, b) => a - b)
}

/** "LS 分级标准 较大风险下限（R）": the field name of one bound in messages. */
export function thresholdLabel(method: Pick<MethodScales, 'method' | 'symbol'>, level: RiskLevel): string {
  return `${method.method} 分级标准 ${riskLevelInfo[level].word}下限（${method.symbol}）`
}

function duplicateProblem(label: string, values: readonly ScaleValue[]): AppErrorData | undefined {
  const seen = new Map<number, number>()
  for (const [index, entry] of values.entries()) {
    const earlier = seen.get(entry.value)
    if (earlier !== undefined) {
      return { code: 'invalid-input', field: `${label}第${index + 1}行分值`, value: String(entry.value), detail: `与第${earlier + 1}行重复，每个分值只能出现一次` }
    }
    seen.set(entry.value, index)
  }
  return undefined
}

function orderProblem(method: MethodScales): AppErrorData | undefined {
  const byLevel = thresholdLevels.map((level) => method.thresholds.find((threshold) => threshold.level === level))
  for (let position = 1; position < byLevel.length; position += 1) {
    const higher = byLevel[position - 1]
    const lower = byLevel[position]
    if (higher && lower && !(higher.min > lower.min)) {
      const detail = `应小于${riskLevelInfo[higher.level].word}下限 ${higher.min}，各等级的下限须从重大到一般依次减小`
      return { code: 'out-of-range', field: thresholdLabel(method, lower.level), value: String(lower.min), detail }
    }
  }
  return undefined
}

/**
 * Keeps each bound strictly inside the scores the scales can produce: a bound above the highest score leaves
 * its level unreachable, and one at or below the lowest score leaves 低风险 unreachable.
 */
function rangeProblem(method: MethodScales): AppErrorData | undefined {
  const scores = attainableScores(method.scales.map((scale) => scale.values))
  if (scores.length === 0) return undefined
  const lowest = scores[0]
  const highest = scores[scores.length - 1]

  for (const threshold of method.thresholds) {
    const inside = threshold.inclusive ? threshold.min > lowest && threshold.min <= highest : threshold.min >= lowest && threshold.min < highest
    if (!inside) {
      const detail = `${method.symbol} 可能的取值为 ${lowest} 到 ${highest}，下限须落在这个范围内，且低风险仍能出现`
      return { code: 'out-of-range', field: thresholdLabel(method, threshold.level), value: String(threshold.min), detail }
    }
  }
  return undefined
}

/** Returns the first problem of a set of tables, or undefined when they can be applied. */
export function tablesProblem(tables: Pick<ValueTables, 'lec' | 'ls'>): AppErrorData | undefined {
  for (const method of methodScales(tables)) {
    for (const scale of method.scales) {
      const duplicate = duplicateProblem(scale.label, scale.values)
      if (duplicate) return duplicate
    }
    const problem = orderProblem(method) ?? rangeProblem(method)
    if (problem) return problem
  }
  return undefined
}

/**
 * Lists the levels no combination of scale values reaches, e.g. a 较大 band of R 17–19 when no product of two
 * 1–5 values lies there. Such tables are valid but probably not meant.
 */
export function unreachableLevels(method: MethodScales): RiskLevel[] {
  const reached = new Set(attainableScores(method.scales.map((scale) => scale.values)).map((score) => levelForScore(score, method.thresholds)))
  return riskLevels.filter((level) => !reached.has(level))
}
