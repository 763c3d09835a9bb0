import type { Db } from '../db/transaction'
import { PhotoFolder } from './demo-hazard-photos'
import { runDemoHazards } from './demo-hazard-loop'
import { demoHazards } from './demo-hazards'
import { findRecordedResults, recordDemoInspections } from './demo-term-inspections'

/**
 * The sample school's term of hazard work, added after its calendar, plans and first inspections: the
 * weekly and extra inspections, then the hazards found in them or reported, each taken as far round the
 * loop as it had got by 4 December 2026.
 */

export interface DemoTermSummary {
  inspections: number
  hazards: number
}

export async function addDemoTerm(db: Db, staffIds: ReadonlyMap<string, number>): Promise<DemoTermSummary> {
  const { count, resultOf } = await recordDemoInspections(db, demoHazards, staffIds)
  await findRecordedResults(db, demoHazards, resultOf)

  const points = await db.selectFrom('risk_point').select(['id', 'name']).execute()
  const photos = new PhotoFolder()
  try {
    const hazards = await runDemoHazards({ db, staffIds, pointIds: new Map(points.map((point) => [point.name, point.id])), resultOf, photos }, demoHazards)
    return { inspections: count, hazards }
  } finally {
    photos.remove()
  }
}
