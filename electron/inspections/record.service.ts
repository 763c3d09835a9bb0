import { AppError } from '../../shared/errors'
import type { InspectionDetail, NumberedItem } from '../../shared/domain/inspections'
import { localDate } from '../../shared/domain/local-date'
import type { InspectionRecordInput, ResultMark } from '../../shared/schemas/inspection-inputs'
import { audit, write, type Db, type Trx } from '../db/transaction'
import { loadPlanChecklist } from './plan-checklist'
import { loadPlan } from './plan-rows'
import { countResults, getInspectionDetail } from './records.service'

/** Results inserted per statement: 8 values each, far below SQLite's 32,766 bound values. */
const resultsPerInsert = 500

/** Refuses marks whose numbers the checklist does not have, naming all of them. */
function assertMarksInRange(marks: readonly ResultMark[], itemCount: number): void {
  const outside = marks.filter((mark) => mark.itemNo > itemCount).map((mark) => String(mark.itemNo))
  if (outside.length > 0) throw new AppError({ code: 'item-numbers-out-of-range', field: '检查结果', value: outside.join('、'), limit: itemCount })
}

async function inspectorName(trx: Trx, staffId: number): Promise<string> {
  const person = await trx.selectFrom('staff').select('name').where('id', '=', staffId).executeTakeFirst()
  if (!person) throw new AppError({ code: 'not-found', field: '检查人', detail: `教职工编号 ${staffId}` })
  return person.name
}

function resultRows(inspectionId: number, items: readonly NumberedItem[], marks: readonly ResultMark[]) {
  const byNumber = new Map(marks.map((mark) => [mark.itemNo, mark]))
  return items.map((item) => {
    const mark = byNumber.get(item.itemNo)
    return {
      inspection_id: inspectionId,
      item_no: item.itemNo,
      check_item_id: item.checkItemId,
      risk_point_id: item.riskPointId,
      content: item.content,
      standard: item.standard,
      result: mark?.result ?? 'ok',
      note: mark?.note ?? ''
    }
  })
}

/**
 * Records an inspection under a plan: one result per item of the plan's checklist, 合格 unless marked, all
 * in one transaction with its audit row. The marks' numbers are those of the checklist as printed. When the
 * caller names the version it read them against and the checklist has changed since, nothing is saved.
 */
export async function recordInspection(db: Db, input: InspectionRecordInput, now = new Date()): Promise<InspectionDetail> {
  return write(db, async (trx) => {
    const plan = await loadPlan(trx, input.planId)
    const checklist = await loadPlanChecklist(trx, plan)
    if (checklist.items.length === 0) throw new AppError({ code: 'inspection-plan-empty', value: plan.name })
    if (input.version !== '' && input.version !== checklist.version) {
      throw new AppError({ code: 'inspection-checklist-changed', value: input.version, detail: checklist.version })
    }
    assertMarksInRange(input.marks, checklist.items.length)
    const today = localDate(now)
    if (input.inspectedOn > today) throw new AppError({ code: 'out-of-range', field: '检查日期', value: input.inspectedOn, detail: `不能晚于今天（${today}）` })

    const inspection = {
      plan_id: plan.id,
      inspection_type: plan.inspectionType,
      inspected_on: input.inspectedOn,
      inspector_staff_id: input.inspectorStaffId,
      inspector_name: await inspectorName(trx, input.inspectorStaffId),
      scope_label: plan.name,
      note: input.note,
      created_at: now.toISOString()
    }
    const created = await trx.insertInto('inspection').values(inspection).returning('id').executeTakeFirstOrThrow()
    const results = resultRows(created.id, checklist.items, input.marks)
    // In batches, so a plan of thousands of items stays under SQLite's limit of bound values per statement.
    for (let start = 0; start < results.length; start += resultsPerInsert) {
      await trx.insertInto('inspection_result').values(results.slice(start, start + resultsPerInsert)).execute()
    }

    await audit(trx, { entity: 'inspection', entityId: created.id, action: 'create', after: { ...inspection, version: checklist.version, counts: countResults(results), marks: input.marks } })
    return getInspectionDetail(trx, created.id)
  })
}

/**
 * Deletes a record entered by mistake. A record with a result already registered as a hazard is kept,
 * because the hazard ledger names the result it came from.
 */
export async function deleteInspection(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before = await getInspectionDetail(trx, id)
    const registered = before.results.flatMap((result) => (result.hazard ? [result.hazard.code] : []))
    if (registered.length > 0) throw new AppError({ code: 'inspection-has-hazards', value: registered.join('、'), length: registered.length })
    await trx.deleteFrom('inspection').where('id', '=', id).execute()
    await audit(trx, { entity: 'inspection', entityId: id, action: 'delete', before })
  })
}
