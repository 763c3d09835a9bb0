import { sql } from 'kysely'
import { attachmentLimits, formatFileSize, type Training, type TrainingDetail } from '../../shared/domain/training'
import { isoLocalDate } from '../../shared/domain/training-summary'
import { AppError } from '../../shared/errors'
import type { TrainingInput } from '../../shared/schemas/training-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'
import type { PreparedAttachment } from './attachment-file'
import { findTraining, loadThumbnails, loadTrainings } from './training.repository'

/** 安全教育培训 records: each save or delete is one transaction with its audit row. */

export interface SaveOptions {
  /** Today's local date; a training cannot be recorded for a later day. */
  today?: string
}

export function listTrainings(db: Executor): Promise<Training[]> {
  return loadTrainings(db)
}

export async function getTraining(db: Executor, id: number): Promise<Training> {
  const training = await findTraining(db, id)
  if (!training) throw new AppError({ code: 'not-found', field: '培训记录', detail: `编号 ${id}` })
  return training
}

/** Returns one training as the form edits it, with its photos' thumbnails as data: URLs. */
export async function getTrainingDetail(db: Executor, id: number): Promise<TrainingDetail> {
  const training = await getTraining(db, id)
  const thumbnails = await loadThumbnails(db, id)
  return {
    ...training,
    attachments: training.attachments.map((attachment) => {
      const thumbnail = thumbnails.get(attachment.id)
      return { ...attachment, thumbnail: thumbnail ? `data:image/jpeg;base64,${thumbnail.toString('base64')}` : null }
    })
  }
}

async function assertAttendeesExist(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const found = new Set((await db.selectFrom('staff').select('id').where('id', 'in', ids).execute()).map((row) => row.id))
  const missing = ids.find((id) => !found.has(id))
  if (missing !== undefined) throw new AppError({ code: 'not-found', field: '参训人员', detail: `教职工编号 ${missing}` })
}

function assertNotInFuture(heldOn: string, today: string): void {
  if (heldOn > today) {
    throw new AppError({ code: 'out-of-range', field: '培训日期', value: heldOn, detail: `不能晚于今天（${today}），请登记已经开展的培训` })
  }
}

async function writeAttendees(trx: Trx, trainingId: number, staffIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('training_attendee').where('training_id', '=', trainingId).execute()
  if (staffIds.length === 0) return
  await trx
    .insertInto('training_attendee')
    .values(staffIds.map((staffId) => ({ training_id: trainingId, staff_id: staffId })))
    .execute()
}

async function removeAttachments(trx: Trx, trainingId: number, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const owned = new Set(
    (await trx.selectFrom('training_attachment').select('id').where('training_id', '=', trainingId).where('id', 'in', ids).execute()).map((row) => row.id)
  )
  const foreign = ids.find((id) => !owned.has(id))
  if (foreign !== undefined) throw new AppError({ code: 'not-found', field: '要删除的附件', detail: `附件编号 ${foreign}` })
  await trx.deleteFrom('training_attachment').where('id', 'in', ids).execute()
}

/**
 * Stores new attachments, skipping a file the training already has (the same SHA-256), and checks the
 * training's count and total size. A breach throws, which rolls the whole save back.
 */
async function addAttachments(trx: Trx, trainingId: number, files: readonly PreparedAttachment[]): Promise<void> {
  const now = new Date().toISOString()
  const existing = await trx
    .selectFrom('training_attachment')
    .select(['sha256', sql<number>`length(bytes)`.as('size')])
    .where('training_id', '=', trainingId)
    .execute()
  const known = new Set(existing.map((row) => row.sha256))
  let count = existing.length
  let total = existing.reduce((sum, row) => sum + row.size, 0)

  for (const file of files) {
    if (known.has(file.sha256)) continue
    known.add(file.sha256)
    count += 1
    total += file.content.length
    if (count > attachmentLimits.maxPerTraining) {
      throw new AppError({ code: 'attachment-limit', file: file.name, limit: attachmentLimits.maxPerTraining, length: count })
    }
    if (total > attachmentLimits.maxTrainingBytes) {
      throw new AppError({
        code: 'attachment-too-large',
        file: file.name,
        detail: `加上它这次培训的照片和附件合计 ${formatFileSize(total)}`,
        limit: attachmentLimits.maxTrainingBytes / 1024 / 1024
      })
    }
    await trx
      .insertInto('training_attachment')
      .values({
        training_id: trainingId,
        name: file.name,
        kind: file.kind,
        mime: file.mime,
        width: file.width,
        height: file.height,
        bytes: file.content,
        thumbnail: file.thumbnail,
        sha256: file.sha256,
        created_at: now
      })
      .execute()
  }
}

/**
 * Creates or updates a training with its attendees, removes the attachments the form dropped and stores the
 * files it added, all in one transaction: a refused file leaves the record as it was.
 */
export async function saveTraining(db: Db, input: TrainingInput, files: readonly PreparedAttachment[] = [], options: SaveOptions = {}): Promise<Training> {
  assertNotInFuture(input.heldOn as string, options.today ?? isoLocalDate(new Date()))

  return write(db, async (trx) => {
    await assertAttendeesExist(trx, input.attendeeIds)
    const values = {
      held_on: input.heldOn as string,
      topic: input.topic,
      kind: input.kind,
      trainer: input.trainer,
      location: input.location,
      audience: input.audience,
      hours: input.hours,
      headcount: input.headcount,
      content: input.content,
      assessment: input.assessment
    }

    const before = input.id === null ? null : await getTraining(trx, input.id)
    let trainingId: number
    if (input.id === null) {
      const created = await trx
        .insertInto('training')
        .values({ ...values, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
      trainingId = created.id
    } else {
      trainingId = input.id
      await trx.updateTable('training').set(values).where('id', '=', trainingId).execute()
    }

    await writeAttendees(trx, trainingId, input.attendeeIds)
    await removeAttachments(trx, trainingId, input.removeAttachmentIds)
    await addAttachments(trx, trainingId, files)

    const after = await getTraining(trx, trainingId)
    await audit(trx, { entity: 'training', entityId: trainingId, action: before ? 'update' : 'create', before, after })
    return after
  })
}

/** Deletes a training with its attendance and attachments. */
export async function deleteTraining(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getTraining(trx, id)
    await trx.deleteFrom('training').where('id', '=', id).execute()
    await audit(trx, { entity: 'training', entityId: id, action: 'delete', before })
  })
}

/** Returns the stored photo of an attachment, to show it full size. */
export async function getAttachmentPhoto(db: Executor, id: number): Promise<{ name: string; content: Buffer }> {
  const row = await db.selectFrom('training_attachment').select(['name', 'kind', 'bytes']).where('id', '=', id).executeTakeFirst()
  if (!row || row.kind !== 'photo') throw new AppError({ code: 'not-found', field: '培训照片', detail: `编号 ${id}` })
  return { name: row.name, content: row.bytes }
}
