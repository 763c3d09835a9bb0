import { checkFrequencies, inspectionTypes, type InspectionType } from '../../../shared/domain/checks'
import type { DataCheckItem, DataRiskPoint, SchoolIndex } from '../school/school-index'

/** One printed checklist: the check items of one risk point for one inspection type. */
export interface ChecklistGroup {
  point: DataRiskPoint
  inspectionType: InspectionType
  /** Most frequent first, then in list order. */
  items: DataCheckItem[]
}

/** Groups the school's check items into checklists by risk point, then by inspection type in the order of the types. */
export function checklistGroups(index: SchoolIndex): ChecklistGroup[] {
  const groups: ChecklistGroup[] = []
  for (const point of index.riskPoints) {
    const items = index.checkItemsAt(point)
    for (const inspectionType of inspectionTypes) {
      const ofType = items
        .filter((item) => item.inspectionType === inspectionType)
        .sort((a, b) => checkFrequencies.indexOf(a.frequency) - checkFrequencies.indexOf(b.frequency))
      if (ofType.length > 0) groups.push({ point, inspectionType, items: ofType })
    }
  }
  return groups
}
