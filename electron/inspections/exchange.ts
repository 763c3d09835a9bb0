import type { InspectionType } from '../../shared/domain/checks'
import type { InspectionResultValue } from '../../shared/domain/inspections'
import type { ExchangeCalendarPeriod, ExchangeInspection, ExchangeInspectionPlan } from '../../shared/exchange/inspections'
import type { Executor } from '../db/transaction'
import { listCalendar } from './calendar.service'
import { loadPlans } from './plan-rows'

/** The calendar, plans and inspection records as the exchange format carries them. */

export async function loadExchangeCalendar(db: Executor): Promise<ExchangeCalendarPeriod[]> {
  return listCalendar(db)
}

export async function loadExchangePlans(db: Executor): Promise<ExchangeInspectionPlan[]> {
  return loadPlans(db)
}

/** Loads every record with all its results, newest first. */
export async function loadExchangeInspections(db: Executor): Promise<ExchangeInspection[]> {
  const inspections = await db.selectFrom('inspection').selectAll().orderBy('inspected_on', 'desc').orderBy('id', 'desc').execute()
  const results = await db.selectFrom('inspection_result').selectAll().orderBy('inspection_id').orderBy('item_no').execute()

  const byInspection = new Map<number, ExchangeInspection['results']>()
  for (const row of results) {
    const list = byInspection.get(row.inspection_id) ?? []
    list.push({
      id: row.id,
      itemNo: row.item_no,
      checkItemId: row.check_item_id,
      riskPointId: row.risk_point_id,
      content: row.content,
      standard: row.standard,
      result: row.result as InspectionResultValue,
      note: row.note
    })
    byInspection.set(row.inspection_id, list)
  }

  return inspections.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    inspectionType: row.inspection_type as InspectionType,
    inspectedOn: row.inspected_on,
    inspector: { staffId: row.inspector_staff_id, name: row.inspector_name },
    scopeLabel: row.scope_label,
    note: row.note,
    createdAt: row.created_at,
    results: byInspection.get(row.id) ?? []
  }))
}
