import { highestLevel, type RiskLevel } from '../domain/levels'

/** The colour of an area: the highest level among its risk points, or the reason it has none. */
export type AreaStatus = { kind: 'level'; level: RiskLevel } | { kind: 'unlinked' } | { kind: 'ungraded' }

/**
 * Returns the highest level of each risk point by risk point id. A point without risks maps to undefined.
 */
export function pointLevels(points: readonly { id: number; risks: readonly { level: RiskLevel }[] }[]): Map<number, RiskLevel | undefined> {
  return new Map(points.map((point) => [point.id, highestLevel(point.risks.map((risk) => risk.level))]))
}

/**
 * Works out an area's status from its linked risk points. Ids missing from `levels` (points deleted since,
 * or left out of a partial snapshot) are ignored, so an area linked only to those counts as unlinked.
 */
export function areaStatus(riskPointIds: readonly number[], levels: ReadonlyMap<number, RiskLevel | undefined>): AreaStatus {
  const known = riskPointIds.filter((id) => levels.has(id))
  if (known.length === 0) return { kind: 'unlinked' }
  const level = highestLevel(known.map((id) => levels.get(id)).filter((value): value is RiskLevel => value !== undefined))
  return level === undefined ? { kind: 'ungraded' } : { kind: 'level', level }
}
