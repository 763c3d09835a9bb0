import { accidentTypeName } from '@shared/domain/accident-types'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { highestLevel, type RiskLevel } from '@shared/domain/levels'
import type { GradingMethod } from '@shared/grading/grade'

export const methodShortLabels: Record<GradingMethod, string> = {
  lec: 'LEC',
  ls: 'LS',
  direct: '直接判定'
}

/** Formats the factor values of a risk as one line, e.g. "L=3 E=6 C=7", or a dash for direct grading. */
export function factorsText(risk: Risk): string {
  if (risk.method === 'lec') return `L=${risk.lecL ?? '?'} E=${risk.lecE ?? '?'} C=${risk.lecC ?? '?'}`
  if (risk.method === 'ls') return `L=${risk.lsL ?? '?'} S=${risk.lsS ?? '?'}`
  return '—'
}

export function accidentTypesText(risk: Risk): string {
  return risk.accidentTypes.map(accidentTypeName).join('、')
}

export function pointLevel(point: RiskPoint): RiskLevel | undefined {
  return highestLevel(point.risks.map((risk) => risk.level))
}
