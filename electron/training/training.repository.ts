import { sql } from 'kysely'
import type { AttachmentKind, AttachmentMime, Training, TrainingAttachment, TrainingKind } from '../../shared/domain/training'
import type { Executor } from '../db/transaction'

/** Reads training records with their attendees and attachment metadata; attachment bytes stay in the file. */

async function attachmentsOf(db: Executor, trainingIds: readonly number[] | null): Promise<TrainingAttachment[]> {
  let query = db
    .selectFrom('training_attachment')
    .select(['id', 'training_id', 'name', 'kind', 'mime', 'width', 'height', 'sha256', sql<number>`length(bytes)`.as('size')])
    .orderBy('id')
  if (trainingIds !== null) {
    if (trainingIds.length === 0) return []
    query = query.where('training_id', 'in', trainingIds)
  }
  const rows = await query.execute()
  return rows.map((row) => ({
    id: row.id,
    trainingId: row.training_id,
    name: row.name,
    kind: row.kind as AttachmentKind,
    mime: row.mime as AttachmentMime,
    size: row.size,
    width: row.width,
    height: row.height,
    sha256: row.sha256
  }))
}

async function attendeesOf(db: Executor, trainingIds: readonly number[] | null): Promise<Map<number, number[]>> {
  let query = db.selectFrom('training_attendee').select(['training_id', 'staff_id']).orderBy('staff_id')
  if (trainingIds !== null) {
    if (trainingIds.length === 0) return new Map()
    query = query.where('training_id', 'in', trainingIds)
  }
  const byTraining = new Map<number, number[]>()
  for (const row of await query.execute()) {
    const list = byTraining.get(row.training_id) ?? []
    list.push(row.staff_id)
    byTraining.set(row.training_id, list)
  }
  return byTraining
}

/** Lists trainings, newest first, or only those with the given ids. */
export async function loadTrainings(db: Executor, ids: readonly number[] | null = null): Promise<Training[]> {
  let query = db.selectFrom('training').selectAll().orderBy('held_on', 'desc').orderBy('id', 'desc')
  if (ids !== null) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', ids)
  }
  const rows = await query.execute()
  const attendees = await attendeesOf(db, ids)
  const attachments = await attachmentsOf(db, ids)

  return rows.map((row) => ({
    id: row.id,
    heldOn: row.held_on,
    topic: row.topic,
    kind: row.kind as TrainingKind,
    trainer: row.trainer,
    location: row.location,
    audience: row.audience,
    hours: row.hours,
    headcount: row.headcount,
    content: row.content,
    assessment: row.assessment,
    attendeeIds: attendees.get(row.id) ?? [],
    attachments: attachments.filter((attachment) => attachment.trainingId === row.id)
  }))
}

export async function findTraining(db: Executor, id: number): Promise<Training | undefined> {
  const [training] = await loadTrainings(db, [id])
  return training
}

/** Returns the thumbnails of a training's photos by attachment id. */
export async function loadThumbnails(db: Executor, trainingId: number): Promise<Map<number, Buffer>> {
  const rows = await db.selectFrom('training_attachment').select(['id', 'thumbnail']).where('training_id', '=', trainingId).execute()
  return new Map(rows.filter((row) => row.thumbnail !== null).map((row) => [row.id, row.thumbnail as Buffer]))
}
