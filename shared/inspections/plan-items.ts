import type { NumberedItem, PlanScope } from '../domain/inspections'

/**
 * The numbered checklist of a plan. The numbers follow the risk points' order and then the items' order
 * within a point, so a plan prints the same numbers every time while its check items stay the same; the
 * paper checklist's numbers are what a user types back.
 */

export interface ScopedPlan {
  scope: PlanScope
  riskPointIds: readonly number[]
  checkItemIds: readonly number[]
}

interface OrderedPoint {
  id: number
  sortOrder: number
}

interface OrderedItem {
  id: number
  riskPointId: number
  sortOrder: number
}

/** Returns the plan's check items in checklist order; items of points not in `points` are left out. */
export function planCheckItems<Item extends OrderedItem>(plan: ScopedPlan, points: readonly OrderedPoint[], items: readonly Item[]): Item[] {
  const rankedPoints = [...points].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
  const rank = new Map(rankedPoints.map((point, position) => [point.id, position]))

  const inScope = items.filter((item) => {
    if (!rank.has(item.riskPointId)) return false
    if (plan.scope === 'points') return plan.riskPointIds.includes(item.riskPointId)
    if (plan.scope === 'items') return plan.checkItemIds.includes(item.id)
    return true
  })
  return inScope.sort((a, b) => (rank.get(a.riskPointId) ?? 0) - (rank.get(b.riskPointId) ?? 0) || a.sortOrder - b.sortOrder || a.id - b.id)
}

/**
 * Returns a four-character code of the checklist's items and their order (FNV-1a of the ids, in hex).
 * Printed on the paper checklist and shown where results are typed in: when the two differ, the checklist
 * changed after printing and the numbers on paper may point at other items.
 */
export function checklistVersion(itemIds: readonly number[]): string {
  let hash = 0x811c9dc5
  for (const character of itemIds.join(',')) {
    hash ^= character.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  // Folding the 32 bits to 16 keeps the code short enough to compare at a glance.
  const folded = ((hash >>> 16) ^ (hash & 0xffff)) >>> 0
  return folded.toString(16).toUpperCase().padStart(4, '0')
}

interface LabelledPoint extends OrderedPoint {
  code: string
  name: string
  area: string
}

interface CheckedItem extends OrderedItem {
  content: string
  standard: string
}

/** "FX-03 学生食堂", or whichever of the two is set. */
export function riskPointLabel(point: { code: string; name: string } | undefined): string {
  if (!point) return ''
  return [point.code, point.name].filter((part) => part.trim() !== '').join(' ')
}

/** Numbers a plan's checklist from 1 and gives its version. */
export function numberedChecklist(plan: ScopedPlan, points: readonly LabelledPoint[], items: readonly CheckedItem[]): { version: string; items: NumberedItem[] } {
  const pointById = new Map(points.map((point) => [point.id, point]))
  const ordered = planCheckItems(plan, points, items)
  return {
    version: checklistVersion(ordered.map((item) => item.id)),
    items: ordered.map((item, position) => {
      const point = pointById.get(item.riskPointId)
      return {
        itemNo: position + 1,
        checkItemId: item.id,
        riskPointId: item.riskPointId,
        riskPointLabel: riskPointLabel(point),
        area: point?.area ?? '',
        content: item.content,
        standard: item.standard
      }
    })
  }
}
