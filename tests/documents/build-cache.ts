import type { SchoolData } from '../../shared/exchange/school-data'
import { documentBuilders } from '../../electron/documents'
import { readDocx, type DocxParts } from './docx-reader'

const cache = new Map<string, Promise<DocxParts>>()

/** Builds a document once per school variant and reads it back; tests of one file share the result. */
export function built(key: string, variant: string, data: () => SchoolData): Promise<DocxParts> {
  const cacheKey = `${variant}/${key}`
  let parts = cache.get(cacheKey)
  if (!parts) {
    const builder = documentBuilders.find((candidate) => candidate.key === key)
    if (!builder) throw new Error(`no document builder with key ${key}`)
    parts = builder.build(data()).then(readDocx)
    cache.set(cacheKey, parts)
  }
  return parts
}

export const documentKeys = ['leading-group-notice', 'responsibility-lists', 'risk-control-manual', 'major-risk-report', 'hazard-manual', 'small-school-manual', 'post-risk-cards', 'point-risk-cards', 'risk-notice-board', 'safety-checklists', 'inspection-checklists', 'risk-map-poster', 'training-register', 'incentive-register', 'rectification-notices', 'major-hazard-reports', 'hazard-statistics'] as const
