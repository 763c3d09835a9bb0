import { sql } from 'kysely'
import { AppError } from '../../shared/errors'
import type { InspectionType } from '../../shared/domain/checks'
import type {
  Inspection,
  InspectionDetail,
  InspectionListResult,
  InspectionResultRow,
  InspectionResultValue,
  ResultCounts
} from '../../shared/domain/inspections'
import { riskPointLabel } from '../../shared/inspections/plan-items'
import type { InspectionListInput } from '../../shared/schemas/inspection-inputs'
import type { Executor } from '../db/transaction'

/** Most records the list returns at once, newest first; a narrower date range shows older ones. */
export const maxListedInspections = 1000

export function countResults(results: readonly { result: string }[]): ResultCounts {
  return {
    ok: results.filter((row) => row.result === 'ok').length,
    notOk: results.filter((row) => row.result === 'not-ok').length,
    na: results.filter((row) => row.result === 'na').length
  }
}

async function loadInspection(db: Executor, id: number): Promise<Inspection> {
  const row = await db.selectFrom('inspection').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field: '排查记录', detail: `编号 ${id}` })
  return {
    id: row.id,
    planId: row.plan_id,
    inspectionType: row.inspection_type as InspectionType,
    inspectedOn: row.inspected_on,
    inspector: { staffId: row.inspector_staff_id, name: row.inspector_name },
    scopeLabel: row.scope_label,
    note: row.note,
    createdAt: row.created_at
  }
}

async function planNameOf(db: Executor, inspection: Inspection): Promise<string> {
  if (inspection.planId === null) return inspection.scopeLabel
  const plan = await db.selectFrom('inspection_plan').select('name').where('id', '=', inspection.planId).executeTakeFirst()
  return plan?.name ?? inspection.scopeLabel
}

/** Loads a record with every result, each with its risk point as it is now and the hazard raised from it. */
export async function getInspectionDetail(db: Executor, id: number): Promise<InspectionDetail> {
  const inspection = await loadInspection(db, id)
  const rows = await db
    .selectFrom('inspection_result')
    .leftJoin('risk_point', 'risk_point.id', 'inspection_result.risk_point_id')
    .leftJoin('hazard', 'hazard.inspection_result_id', 'inspection_result.id')
    .selectAll('inspection_result')
    .select(['risk_point.code as point_code', 'risk_point.name as point_name', 'risk_point.area as point_area', 'hazard.id as hazard_id', 'hazard.code as hazard_code'])
    .where('inspection_result.inspection_id', '=', id)
    .orderBy('inspection_result.item_no')
    .execute()

  const results: InspectionResultRow[] = rows.map((row) => ({
    id: row.id,
    inspectionId: row.inspection_id,
    itemNo: row.item_no,
    checkItemId: row.check_item_id,
    riskPointId: row.risk_point_id,
    riskPointLabel: row.point_code === null ? '' : riskPointLabel({ code: row.point_code, name: row.point_name ?? '' }),
    area: row.point_area ?? '',
    content: row.content,
    standard: row.standard,
    result: row.result as InspectionResultValue,
    note: row.note,
    hazard: row.hazard_id === null || row.hazard_code === null ? null : { id: row.hazard_id, code: row.hazard_code }
  }))
  return { inspection, planName: await planNameOf(db, inspection), results, counts: countResults(results) }
}

/** Lists records newest first, filtered by plan, type, date range and whether any item was not OK. */
export async function listInspections(db: Executor, filters: InspectionListInput): Promise<InspectionListResult> {
  let query = db
    .selectFrom('inspection')
    .leftJoin('inspection_plan', 'inspection_plan.id', 'inspection.plan_id')
    .select((eb) => [
      'inspection.id',
      'inspection.plan_id',
      'inspection.inspection_type',
      'inspection.inspected_on',
      'inspection.inspector_name',
      'inspection.scope_label',
      'inspection.note',
      'inspection_plan.name as plan_name',
      eb.selectFrom('inspection_result').select(sql<number>`count(*)`.as('n')).whereRef('inspection_result.inspection_id', '=', 'inspection.id').where('result', '=', 'ok').as('ok_count'),
      eb.selectFrom('inspection_result').select(sql<number>`count(*)`.as('n')).whereRef('inspection_result.inspection_id', '=', 'inspection.id').where('result', '=', 'not-ok').as('not_ok_count'),
      eb.selectFrom('inspection_result').select(sql<number>`count(*)`.as('n')).whereRef('inspection_result.inspection_id', '=', 'inspection.id').where('result', '=', 'na').as('na_count'),
      eb
        .selectFrom('hazard')
        .innerJoin('inspection_result', 'inspection_result.id', 'hazard.inspection_result_id')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('inspection_result.inspection_id', '=', 'inspection.id')
        .as('hazard_count')
    ])

  if (filters.planId !== null) query = query.where('inspection.plan_id', '=', filters.planId)
  if (filters.inspectionType !== '') query = query.where('inspection.inspection_type', '=', filters.inspectionType)
  if (filters.from !== null) query = query.where('inspection.inspected_on', '>=', filters.from)
  if (filters.to !== null) query = query.where('inspection.inspected_on', '<=', filters.to)
  if (filters.notOkOnly) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('inspection_result').select('inspection_result.id').whereRef('inspection_result.inspection_id', '=', 'inspection.id').where('result', '=', 'not-ok'))
    )
  }

  const rows = await query.orderBy('inspection.inspected_on', 'desc').orderBy('inspection.id', 'desc').execute()
  return {
    total: rows.length,
    rows: rows.slice(0, maxListedInspections).map((row) => ({
      id: row.id,
      planId: row.plan_id,
      planName: row.plan_name ?? row.scope_label,
      inspectionType: row.inspection_type as InspectionType,
      inspectedOn: row.inspected_on,
      inspectorName: row.inspector_name,
      note: row.note,
      counts: { ok: Number(row.ok_count ?? 0), notOk: Number(row.not_ok_count ?? 0), na: Number(row.na_count ?? 0) },
      hazardCount: Number(row.hazard_count ?? 0)
    }))
  }
}
