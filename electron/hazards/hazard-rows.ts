import type { Selectable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { Hazard, HazardEvent, HazardEventAction, HazardPhotoMeta, HazardState, PersonRef, PhotoStage } from '../../shared/domain/hazards'
import type { HazardCategory, HazardGrade, HazardSource } from '../../shared/domain/hazards'
import { parseStringArray } from '../db/json-column'
import type { HazardEventTable, HazardTable } from '../db/schema'
import type { Executor } from '../db/transaction'

/** Mapping between hazard rows (snake_case columns) and the domain objects the window and exports use. */

export type HazardRow = Selectable<HazardTable>
export type HazardEventRow = Selectable<HazardEventTable>

function personOf(staffId: number | null, name: string): PersonRef {
  return { staffId, name }
}

export function toHazard(row: HazardRow): Hazard {
  return {
    id: row.id,
    code: row.code,
    description: row.description,
    riskPointId: row.risk_point_id,
    place: row.place,
    foundOn: row.found_on,
    foundBy: personOf(row.found_by_staff_id, row.found_by_name),
    source: row.source as HazardSource,
    inspectionResultId: row.inspection_result_id,
    category: row.category as HazardCategory,
    grade: row.grade as HazardGrade,
    majorCriteria: parseStringArray(row.major_criteria),
    state: row.state as HazardState,
    fixedOnTheSpot: row.fixed_on_the_spot === 1,
    responsible: personOf(row.responsible_staff_id, row.responsible_name),
    measures: row.measures,
    funds: row.funds,
    deadline: row.deadline,
    contingency: row.contingency,
    governancePlan: row.governance_plan,
    reportedOn: row.reported_on,
    reportTo: row.report_to,
    reportNote: row.report_note,
    rectifiedOn: row.rectified_on,
    rectifier: personOf(row.rectifier_staff_id, row.rectifier_name),
    rectificationNote: row.rectification_note,
    acceptedOn: row.accepted_on,
    acceptor: personOf(row.acceptor_staff_id, row.acceptor_name),
    acceptanceOpinion: row.acceptance_opinion,
    closedOn: row.closed_on,
    closureSeq: row.closure_seq,
    closureHash: row.closure_hash,
    previousHash: row.previous_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function toHazardEvent(row: HazardEventRow): HazardEvent {
  return {
    id: row.id,
    hazardId: row.hazard_id,
    at: row.at,
    action: row.action as HazardEventAction,
    fromState: row.from_state as HazardState | null,
    toState: row.to_state as HazardState | null,
    operator: row.operator,
    note: row.note
  }
}

/** Photo metadata columns: everything but the bytes, with the stored size computed by SQLite. */
export async function loadPhotoMetas(db: Executor, hazardIds: readonly number[] | 'all'): Promise<HazardPhotoMeta[]> {
  let query = db
    .selectFrom('hazard_photo')
    .select((eb) => ['id', 'hazard_id', 'stage', 'width', 'height', 'sha256', 'original_name', 'created_at', eb.fn<number>('length', ['bytes']).as('size')])
    .orderBy('hazard_id')
    .orderBy('id')
  if (hazardIds !== 'all') {
    if (hazardIds.length === 0) return []
    query = query.where('hazard_id', 'in', hazardIds)
  }
  const rows = await query.execute()
  return rows.map((row) => ({
    id: row.id,
    hazardId: row.hazard_id,
    stage: row.stage as PhotoStage,
    width: row.width,
    height: row.height,
    size: Number(row.size),
    sha256: row.sha256,
    originalName: row.original_name,
    createdAt: row.created_at
  }))
}

export async function loadHazardRow(db: Executor, id: number): Promise<HazardRow> {
  const row = await db.selectFrom('hazard').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '隐患', detail: `编号 ${id}` })
  return row
}

export async function loadEvents(db: Executor, hazardId: number): Promise<HazardEvent[]> {
  const rows = await db.selectFrom('hazard_event').selectAll().where('hazard_id', '=', hazardId).orderBy('id').execute()
  return rows.map(toHazardEvent)
}

/** "FX-03 学生食堂" for a risk point id, or '' when there is none. */
export async function riskPointLabel(db: Executor, riskPointId: number | null): Promise<string> {
  if (riskPointId === null) return ''
  const point = await db.selectFrom('risk_point').select(['code', 'name']).where('id', '=', riskPointId).executeTakeFirst()
  return point ? `${point.code} ${point.name}` : ''
}
