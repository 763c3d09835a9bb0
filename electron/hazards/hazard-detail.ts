import type { HazardDetail, HazardIncentiveLink, HazardPhotoThumbnail } from '../../shared/contract/hazards'
import { hazardOverdueDays, type PhotoStage } from '../../shared/domain/hazards'
import type { Executor } from '../db/transaction'
import { schoolToday } from './dates'
import { loadEvents, loadHazardRow, riskPointLabel, toHazard } from './hazard-rows'
import { jpegDataUrl } from './photos'

async function loadThumbnails(db: Executor, hazardId: number): Promise<HazardPhotoThumbnail[]> {
  const rows = await db
    .selectFrom('hazard_photo')
    .select((eb) => ['id', 'hazard_id', 'stage', 'width', 'height', 'sha256', 'original_name', 'created_at', 'thumbnail', eb.fn<number>('length', ['bytes']).as('size')])
    .where('hazard_id', '=', hazardId)
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    hazardId: row.hazard_id,
    stage: row.stage as PhotoStage,
    width: row.width,
    height: row.height,
    size: Number(row.size),
    sha256: row.sha256,
    originalName: row.original_name,
    createdAt: row.created_at,
    thumbnail: jpegDataUrl(row.thumbnail)
  }))
}

async function loadIncentives(db: Executor, hazardId: number): Promise<HazardIncentiveLink[]> {
  const rows = await db
    .selectFrom('incentive')
    .select(['id', 'kind', 'target_name', 'decided_on', 'measure'])
    .where('hazard_id', '=', hazardId)
    .orderBy('decided_on')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind === 'penalty' ? 'penalty' : 'reward',
    targetName: row.target_name,
    decidedOn: row.decided_on,
    measure: row.measure
  }))
}

/** Loads one hazard as the detail drawer shows it: the record, its history, photo thumbnails and linked incentives. */
export async function getHazardDetail(db: Executor, id: number, now = new Date()): Promise<HazardDetail> {
  const hazard = toHazard(await loadHazardRow(db, id))
  const today = schoolToday(now)
  return {
    hazard,
    riskPointLabel: await riskPointLabel(db, hazard.riskPointId),
    overdueDays: hazardOverdueDays(hazard, today),
    today,
    events: await loadEvents(db, id),
    photos: await loadThumbnails(db, id),
    incentives: await loadIncentives(db, id)
  }
}
