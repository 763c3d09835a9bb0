import type { AnalysisEntry } from '@shared/domain/analysis'

/** The starting values of the risk editor for a risk identified from a JHA step or an SCL item. */
export interface RiskPrefill {
  entry: AnalysisEntry
  hazard: string
  consequence: string
}

/**
 * Prefills a new risk from a step or item: the hazard from its deviation (or its name when the deviation is
 * empty). An SCL deviation written as "…；可能导致…" also gives the consequence; otherwise the user writes it.
 */
export function riskPrefillFrom(entry: AnalysisEntry): RiskPrefill {
  const deviation = entry.deviation.trim() || entry.item.trim()
  const [hazard, consequence] = deviation.split(/[；;]\s*可能导致/u, 2)
  return { entry, hazard: hazard.trim(), consequence: (consequence ?? '').trim() }
}
