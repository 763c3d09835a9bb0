import { levelRank } from '../../../shared/domain/levels'
import { measureCategories } from '../../../shared/domain/measures'
import { cleanText } from '../layout/text'
import type { DataRisk, DataRiskPoint } from '../school/school-index'

/** The lists of one card, already cut to fit one page. */
export interface CardLists {
  hazards: string[]
  measures: string[]
  emergency: string[]
}

/**
 * Lines a card's lists may take in all, at about 30 characters of 小四 per line in the value column. The
 * band, the other rows and the margins take the rest of the A4 page. Set from the demo school's cards
 * rendered by LibreOffice with Noto CJK (taller lines than 宋体), where 23 lines spilled onto a second page.
 */
const lineBudget = 20
const charactersPerLine = 30
const limits = { hazards: 5, measures: 8, emergency: 3 }

function linesOf(text: string): number {
  return Math.max(1, Math.ceil((text.length + 3) / charactersPerLine))
}

function sentence(text: string): string {
  return cleanText(text).replace(/[。；;，,]+$/, '')
}

/** Orders the point's risks highest level first, so the most serious hazards and controls come first. */
function risksBySeverity(point: DataRiskPoint): DataRisk[] {
  return [...point.risks].sort((a, b) => levelRank(a.level) - levelRank(b.level))
}

/**
 * Takes prevention measures in turns from each risk, engineering first within a risk, so every hazard keeps
 * its main control when the list is cut. Repeated measures are dropped.
 */
function preventionMeasures(risks: readonly DataRisk[]): string[] {
  const queues = risks.map((risk) =>
    measureCategories
      .filter((category) => category !== 'emergency')
      .flatMap((category) => risk.measures.filter((measure) => measure.category === category))
      .map((measure) => sentence(measure.content))
      .filter(Boolean)
  )
  const picked: string[] = []
  for (let round = 0; queues.some((queue) => round < queue.length); round += 1) {
    for (const queue of queues) {
      const next = queue[round]
      if (next !== undefined && !picked.includes(next)) picked.push(next)
    }
  }
  return picked
}

function emergencyMeasures(risks: readonly DataRisk[]): string[] {
  const all = risks.flatMap((risk) => risk.measures.filter((measure) => measure.category === 'emergency').map((measure) => sentence(measure.content)))
  return [...new Set(all.filter(Boolean))]
}

/** Takes items while they fit both the item limit and the remaining line budget. */
function takeWithin(items: readonly string[], limit: number, budget: { lines: number }): string[] {
  const taken: string[] = []
  for (const item of items) {
    const lines = linesOf(item)
    if (taken.length >= limit || lines > budget.lines) break
    taken.push(item)
    budget.lines -= lines
  }
  return taken
}

/** Chooses the hazards, measures and emergency steps a card prints, most important first. */
export function cardLists(point: DataRiskPoint, fallbackEmergency: string): CardLists {
  const risks = risksBySeverity(point)
  const budget = { lines: lineBudget }
  const hazards = takeWithin([...new Set(risks.map((risk) => sentence(risk.hazard)).filter(Boolean))], limits.hazards, budget)
  const emergencyFound = emergencyMeasures(risks)
  const emergency = takeWithin(emergencyFound.length > 0 ? emergencyFound : [fallbackEmergency], limits.emergency, budget)
  const measures = takeWithin(preventionMeasures(risks), limits.measures, budget)
  return { hazards, measures, emergency }
}
