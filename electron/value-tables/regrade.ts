import type { Risk, RiskPoint } from '../../shared/domain/entities'
import { riskLevelInfo, type ControlLevel, type RiskLevel } from '../../shared/domain/levels'
import { AppError } from '../../shared/errors'
import { grade, type Grade } from '../../shared/grading/grade'
import { methodScales, unreachableLevels } from '../../shared/grading/table-checks'
import type { ValueTables } from '../../shared/grading/value-tables'
import type { LevelCounts, OffScaleRisk, PreviewRiskRef, RegradedRisk, ValueTablesPreview } from '../../shared/value-tables'
import { describeTableChanges } from './table-changes'

/** A proposed set of tables: everything but the version, which applying assigns. */
export type ProposedTables = Omit<ValueTables, 'version'>

/** The new grade of one LEC or LS risk, with what it had before for the audit row. */
export interface RiskRegrade {
  riskId: number
  score: number
  level: RiskLevel
  controlLevel: ControlLevel
  before: { score: number | null; level: RiskLevel; controlLevel: ControlLevel }
}

export interface RegradePlan {
  preview: ValueTablesPreview
  /** Every LEC and LS risk that can be graded with the proposed tables, changed or not. */
  regrades: RiskRegrade[]
}

/** The LEC factor values the built-in risk library uses, to warn when a scale no longer offers them. */
export interface LibraryFactors {
  l: number[]
  e: number[]
  c: number[]
}

function emptyCounts(): LevelCounts {
  return { major: 0, high: 0, medium: 0, low: 0 }
}

function factorsText(risk: Risk): string {
  return risk.method === 'lec' ? `L=${risk.lecL ?? '?'} E=${risk.lecE ?? '?'} C=${risk.lecC ?? '?'}` : `L=${risk.lsL ?? '?'} S=${risk.lsS ?? '?'}`
}

function reference(point: RiskPoint, risk: Risk & { method: 'lec' | 'ls' }): PreviewRiskRef {
  return { riskId: risk.id, pointCode: point.code, pointName: point.name, hazard: risk.hazard, method: risk.method, factors: factorsText(risk) }
}

/** Grades a risk with the proposed tables; an off-scale or missing factor is returned, not thrown. */
function gradeWith(risk: Risk, tables: ProposedTables): Grade | AppError {
  try {
    return grade(risk, { ...tables, version: '' })
  } catch (caught) {
    if (caught instanceof AppError && (caught.data.code === 'factor-not-on-scale' || caught.data.code === 'required-choice')) return caught
    throw caught
  }
}

/**
 * Keeps a control level the user chose. One that was the default for the old level follows the new level, as
 * grading a new risk would set it.
 */
function nextControlLevel(risk: Risk, level: RiskLevel): ControlLevel {
  const wasDefault = risk.controlLevel === riskLevelInfo[risk.level].defaultControlLevel
  return wasDefault ? riskLevelInfo[level].defaultControlLevel : risk.controlLevel
}

function levelWarnings(tables: ProposedTables): string[] {
  return methodScales(tables).flatMap((method) => {
    const missing = unreachableLevels(method)
    if (missing.length === 0) return []
    const words = missing.map((level) => riskLevelInfo[level].word).join('、')
    return [`${method.method} 法的任何取值组合都得不到${words}：请检查 ${method.symbol} 的分级下限是否有意这样设置。`]
  })
}

function libraryWarnings(tables: ProposedTables, library: LibraryFactors | undefined): string[] {
  if (!library) return []
  const scales = [
    { symbol: 'L', wanted: library.l, offered: tables.lec.l },
    { symbol: 'E', wanted: library.e, offered: tables.lec.e },
    { symbol: 'C', wanted: library.c, offered: tables.lec.c }
  ]
  return scales.flatMap(({ symbol, wanted, offered }) => {
    const missing = [...new Set(wanted)].filter((value) => !offered.some((entry) => entry.value === value)).sort((a, b) => b - a)
    if (missing.length === 0) return []
    const values = missing.map((value) => `${symbol}=${value}`).join('、')
    return [`风险库按典型取值 ${values} 评价，修改后的 LEC 分值表中没有这些分值：以后从风险库添加含这些取值的风险点会被拒绝，需先改用 LS 法或直接判定。`]
  })
}

function isScored(risk: Risk): risk is Risk & { method: 'lec' | 'ls' } {
  return risk.method === 'lec' || risk.method === 'ls'
}

function countLevels(levels: readonly RiskLevel[]): LevelCounts {
  const counts = emptyCounts()
  for (const level of levels) counts[level] += 1
  return counts
}

/**
 * Works out what a proposed set of tables does to the school's risks, without writing anything. The plan holds
 * the new grade of every LEC and LS risk, the risks whose level changes, the risks the set cannot grade, and the
 * counts per level before and after. Directly graded risks keep their level.
 */
export function planRegrade(points: readonly RiskPoint[], current: ValueTables, proposed: ProposedTables, library?: LibraryFactors): RegradePlan {
  const changes: RegradedRisk[] = []
  const offScale: OffScaleRisk[] = []
  const regrades: RiskRegrade[] = []
  const levelsBefore: RiskLevel[] = []
  const levelsAfter: RiskLevel[] = []
  let direct = 0

  for (const point of points) {
    for (const risk of point.risks) {
      levelsBefore.push(risk.level)
      if (!isScored(risk)) {
        direct += 1
        levelsAfter.push(risk.level)
        continue
      }

      const graded = gradeWith(risk, proposed)
      if (graded instanceof AppError) {
        const { field = '', value = '空', allowed = [] } = graded.data
        offScale.push({ ...reference(point, risk), field, value, allowed })
        levelsAfter.push(risk.level)
        continue
      }

      const score = graded.score ?? 0
      levelsAfter.push(graded.level)
      regrades.push({
        riskId: risk.id,
        score,
        level: graded.level,
        controlLevel: nextControlLevel(risk, graded.level),
        before: { score: risk.score, level: risk.level, controlLevel: risk.controlLevel }
      })
      if (graded.level !== risk.level) {
        changes.push({ ...reference(point, risk), scoreBefore: risk.score, scoreAfter: score, levelBefore: risk.level, levelAfter: graded.level })
      }
    }
  }

  const tableChanges = describeTableChanges(current, proposed)
  const preview: ValueTablesPreview = {
    current: { version: current.version, name: current.name },
    identical: tableChanges.length === 0,
    tableChanges,
    changes,
    offScale,
    countsBefore: countLevels(levelsBefore),
    countsAfter: countLevels(levelsAfter),
    regraded: regrades.length + offScale.length,
    direct,
    warnings: [...levelWarnings(proposed), ...libraryWarnings(proposed, library)]
  }
  return { preview, regrades }
}

