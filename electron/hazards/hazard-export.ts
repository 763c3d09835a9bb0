import type { ExchangeHazard } from '../../shared/exchange/hazards'
import type { HazardEvent, HazardPhotoMeta } from '../../shared/domain/hazards'
import type { Executor } from '../db/transaction'
import { loadPhotoMetas, toHazard, toHazardEvent } from './hazard-rows'

/** The hazard ledger for the exchange format and the export package. */

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** Loads every hazard, oldest first, with its history and photo metadata, in three queries whatever the count. */
export async function loadExchangeHazards(db: Executor): Promise<ExchangeHazard[]> {
  const rows = await db.selectFrom('hazard').selectAll().orderBy('id').execute()
  if (rows.length === 0) return []
  const events = groupBy<HazardEvent>((await db.selectFrom('hazard_event').selectAll().orderBy('id').execute()).map(toHazardEvent), (event) => event.hazardId)
  const photos = groupBy<HazardPhotoMeta>(await loadPhotoMetas(db, 'all'), (photo) => photo.hazardId)

  return rows.map((row) => ({ ...toHazard(row), events: events.get(row.id) ?? [], photos: photos.get(row.id) ?? [] }))
}

/** A stored photo's bytes by its SHA-256, for the package entries photos/<sha256>.jpg. */
export interface PhotoBytes {
  sha256: string
  bytes: Buffer
}

/** Loads the distinct stored photos, one per SHA-256, so the same picture added twice is packed once. */
export async function loadPhotoBytes(db: Executor): Promise<PhotoBytes[]> {
  const rows = await db.selectFrom('hazard_photo').select(['sha256', 'bytes']).orderBy('id').execute()
  const seen = new Set<string>()
  const photos: PhotoBytes[] = []
  for (const row of rows) {
    if (seen.has(row.sha256)) continue
    seen.add(row.sha256)
    photos.push({ sha256: row.sha256, bytes: row.bytes })
  }
  return photos
}
