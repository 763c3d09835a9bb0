import { AppError, type ErrorCode } from '../../shared/errors'
import type { HazardDetail, HazardPhotoFull } from '../../shared/contract/hazards'
import { maxPhotosPerStage, photoStageLabels, type PhotoStage } from '../../shared/domain/hazards'
import type { Db, Executor, Trx } from '../db/transaction'
import { changeHazard } from './hazard-change'
import { processPhoto, jpegDataUrl, type ProcessedPhoto } from './photos'

/** Photo errors that reject one file of a batch. The batch size is added, so the message can state that none was added. */
const unusablePhotoCodes: readonly ErrorCode[] = ['photo-invalid', 'photo-too-large']

/**
 * Reads and re-encodes chosen picture files one after another (sharp works off the main thread, and one
 * at a time keeps memory to one full-size picture). Runs before the transaction opens: a refused picture
 * leaves the school file untouched, and the good pictures of the same batch are not added either, because
 * each write stores all its photos or none. `batchSize` counts every photo of the write when it stores two
 * stages (立即整改 has photos before and after).
 */
export async function processPhotos(files: readonly string[], batchSize = files.length): Promise<ProcessedPhoto[]> {
  const processed: ProcessedPhoto[] = []
  for (const file of files) {
    try {
      processed.push(await processPhoto(file))
    } catch (error) {
      if (batchSize > 1 && error instanceof AppError && unusablePhotoCodes.includes(error.data.code)) {
        throw new AppError({ ...error.data, length: batchSize })
      }
      throw error
    }
  }
  return processed
}

/** Stores photos of one stage of a hazard, refusing more than the stage may hold. */
export async function insertPhotos(trx: Trx, hazardId: number, stage: PhotoStage, photos: readonly ProcessedPhoto[], now: Date): Promise<void> {
  if (photos.length === 0) return
  const existing = await trx
    .selectFrom('hazard_photo')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('hazard_id', '=', hazardId)
    .where('stage', '=', stage)
    .executeTakeFirstOrThrow()
  const count = Number(existing.count)
  if (count + photos.length > maxPhotosPerStage) {
    throw new AppError({ code: 'photo-limit', field: photoStageLabels[stage], limit: maxPhotosPerStage, length: count, detail: String(photos.length) })
  }

  for (const photo of photos) {
    await trx
      .insertInto('hazard_photo')
      .values({
        hazard_id: hazardId,
        stage,
        mime: 'image/jpeg',
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes,
        thumbnail: photo.thumbnail,
        sha256: photo.sha256,
        original_name: photo.originalName,
        created_at: now.toISOString()
      })
      .execute()
  }
}

export function photoNote(stage: PhotoStage, photos: readonly ProcessedPhoto[]): string {
  return `${photoStageLabels[stage]}照片 ${photos.length} 张：${photos.map((photo) => photo.originalName).join('、')}`
}

/** Adds photos to a hazard that is not yet accepted. */
export async function addHazardPhotos(db: Db, hazardId: number, stage: PhotoStage, files: readonly string[], now = new Date()): Promise<HazardDetail> {
  const photos = await processPhotos(files)
  return changeHazard(db, hazardId, 'add-photo', now, async () => ({
    set: {},
    event: { note: photoNote(stage, photos) },
    afterWrite: (trx) => insertPhotos(trx, hazardId, stage, photos, now)
  }))
}

async function photoRow(db: Executor, photoId: number) {
  const row = await db.selectFrom('hazard_photo').selectAll().where('id', '=', photoId).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '照片', detail: `编号 ${photoId}` })
  return row
}

/** Removes one photo; refused once the hazard is accepted or closed, like every other change. */
export async function removeHazardPhoto(db: Db, photoId: number, now = new Date()): Promise<HazardDetail> {
  const photo = await photoRow(db, photoId)
  return changeHazard(db, photo.hazard_id, 'remove-photo', now, async ({ trx }) => ({
    set: {},
    event: { note: `${photoStageLabels[photo.stage as PhotoStage]}照片：${photo.original_name || `编号 ${photo.id}`}` },
    afterWrite: async () => {
      await trx.deleteFrom('hazard_photo').where('id', '=', photoId).execute()
    }
  }))
}

/** Returns a stored photo at full size, for the viewer. */
export async function getHazardPhoto(db: Executor, photoId: number): Promise<HazardPhotoFull> {
  const row = await photoRow(db, photoId)
  return {
    id: row.id,
    hazardId: row.hazard_id,
    stage: row.stage as PhotoStage,
    width: row.width,
    height: row.height,
    size: row.bytes.length,
    sha256: row.sha256,
    originalName: row.original_name,
    createdAt: row.created_at,
    dataUrl: jpegDataUrl(row.bytes)
  }
}
