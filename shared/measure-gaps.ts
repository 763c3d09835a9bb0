import type { Risk } from './domain/entities'
import { measureCategoryShortLabels, type MeasureCategory } from './domain/measures'

export interface MeasureGaps {
  /** The risk has no measure at all. */
  none: boolean
  /** Categories a 重大 or 较大 risk must have but lacks (管理, 应急处置). */
  missing: MeasureCategory[]
}

const requiredForHighRisks: readonly MeasureCategory[] = ['management', 'emergency']

/**
 * Finds what a risk's measures still lack: any measure at all, and for 重大 and 较大 risks a 管理 and an
 * 应急处置 measure. The Node side's completeness of the 管控措施 step applies the same rule.
 */
export function measureGaps(risk: Risk): MeasureGaps {
  if (risk.measures.length === 0) return { none: true, missing: [] }
  if (risk.level !== 'major' && risk.level !== 'high') return { none: false, missing: [] }
  return {
    none: false,
    missing: requiredForHighRisks.filter((category) => !risk.measures.some((measure) => measure.category === category))
  }
}

export function hasGaps(risk: Risk): boolean {
  const gaps = measureGaps(risk)
  return gaps.none || gaps.missing.length > 0
}

/** Returns the gaps as short Chinese labels, e.g. "缺少应急处置措施". */
export function gapLabels(gaps: MeasureGaps): string[] {
  if (gaps.none) return ['尚无管控措施']
  return gaps.missing.map((category) => `缺少${measureCategoryShortLabels[category]}措施`)
}
