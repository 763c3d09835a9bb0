import type { RiskLevel } from './domain/levels'
import type { ValueTables } from './grading/value-tables'

/**
 * Types of changing the value tables (评价标准): the preview of what a proposed set would do to the school's
 * risks, the result of applying it, and the history of applied sets.
 */

export type LevelCounts = Record<RiskLevel, number>

/** A risk graded by LEC or LS, identified as the preview lists it. */
export interface PreviewRiskRef {
  riskId: number
  pointCode: string
  pointName: string
  hazard: string
  method: 'lec' | 'ls'
  /** "L=3 E=6 C=7" or "L=4 S=3". */
  factors: string
}

/** A risk whose level the proposed tables change. */
export interface RegradedRisk extends PreviewRiskRef {
  scoreBefore: number | null
  scoreAfter: number
  levelBefore: RiskLevel
  levelAfter: RiskLevel
}

/** A risk that cannot be graded with the proposed tables, because a factor value is not on its scale. */
export interface OffScaleRisk extends PreviewRiskRef {
  /** The factor, e.g. "E（暴露于危险环境的频繁程度）". */
  field: string
  /** The stored value, or 空 when the factor is missing. */
  value: string
  /** The values of the proposed scale. */
  allowed: string[]
}

export interface ValueTablesPreview {
  current: { version: string; name: string }
  /** True when the proposed tables equal the current ones in every value, meaning and bound. */
  identical: boolean
  /** Differences from the current tables, one line each, e.g. "LS 分级标准 较大风险下限：9 → 15". */
  tableChanges: string[]
  changes: RegradedRisk[]
  /** Risks that block applying until the scale or the risk is fixed. */
  offScale: OffScaleRisk[]
  countsBefore: LevelCounts
  countsAfter: LevelCounts
  /** Risks graded by LEC or LS, all of which are graded again. */
  regraded: number
  /** Risks graded directly from the level definitions, which keep their level. */
  direct: number
  /** Things that are allowed but probably not meant, such as a level no combination reaches. */
  warnings: string[]
}

export interface ValueTablesHistoryEntry {
  id: number
  version: string
  name: string
  /** ISO time the set was applied. */
  appliedAt: string
  operator: string
  /** Risks whose level changed when the set was applied. */
  changedRisks: number
}

export interface ValueTablesApplied {
  tables: ValueTables
  history: ValueTablesHistoryEntry
  changedRisks: number
}
