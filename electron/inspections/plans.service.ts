import { AppError } from '../../shared/errors'
import { defaultBeforeKind, isBeforeFrequency, type InspectionPlan, type InspectionPlanRow } from '../../shared/domain/inspections'
import { planProblem } from '../../shared/inspections/plan-rules'
import type { InspectionPlanInput } from '../../shared/schemas/inspection-inputs'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'
import { assertPostExists } from '../posts/posts.service'
import { assertStaffExists } from '../staff/staff.service'
import { checklistOf, loadChecklistSource } from './plan-checklist'
import { loadPlan, loadPlans } from './plan-rows'

/** Lists every plan with the size and version of its checklist as it would print now. */
export async function listPlans(db: Executor): Promise<InspectionPlanRow[]> {
  const source = await loadChecklistSource(db)
  return (await loadPlans(db)).map((plan) => {
    const checklist = checklistOf(plan, source)
    return { ...plan, itemCount: checklist.items.length, version: checklist.version }
  })
}

export async function getPlanRow(db: Executor, id: number): Promise<InspectionPlanRow> {
  const row = (await listPlans(db)).find((plan) => plan.id === id)
  if (!row) throw new AppError({ code: 'not-found', field: '排查计划', detail: `编号 ${id}` })
  return row
}

async function assertIdsExist(trx: Trx, table: 'risk_point' | 'check_item', ids: readonly number[], field: string): Promise<void> {
  if (ids.length === 0) return
  let query = trx.selectFrom(table).select('id').where('id', 'in', [...ids])
  if (table === 'check_item') query = query.where('dismissed', '=', 0)
  const found = new Set((await query.execute()).map((row) => row.id))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) throw new AppError({ code: 'not-found', field, detail: `编号 ${missing.join('、')}` })
}

/** Checks everything about a plan that needs the school file: the people, posts, points and items it names. */
async function assertPlanFits(trx: Trx, input: InspectionPlanInput): Promise<void> {
  const problem = planProblem(input)
  if (problem) throw new AppError(problem)
  const sameName = await trx.selectFrom('inspection_plan').select('id').where('name', '=', input.name).where('id', '!=', input.id ?? 0).executeTakeFirst()
  if (sameName) throw new AppError({ code: 'duplicate-name', field: '计划名称', value: input.name })
  await assertPostExists(trx, input.responsiblePostId, '责任岗位')
  await assertStaffExists(trx, input.responsibleStaffId, '责任人')
  if (input.scope === 'points') await assertIdsExist(trx, 'risk_point', input.riskPointIds, '风险点')
  if (input.scope === 'items') await assertIdsExist(trx, 'check_item', input.checkItemIds, '排查项')
}

function columns(input: InspectionPlanInput) {
  const beforeKind = isBeforeFrequency(input.frequency) ? input.beforeKind || defaultBeforeKind(input.frequency) : null
  return {
    name: input.name,
    inspection_type: input.inspectionType,
    frequency: input.frequency,
    before_kind: beforeKind,
    responsible_post_id: input.responsiblePostId,
    responsible_staff_id: input.responsibleStaffId,
    scope: input.scope,
    active: input.active ? 1 : 0,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    note: input.note
  }
}

/** Replaces the plan's chosen points and items; only the list its scope uses is kept. */
async function storeLinks(trx: Trx, planId: number, input: InspectionPlanInput): Promise<void> {
  await trx.deleteFrom('inspection_plan_point').where('plan_id', '=', planId).execute()
  await trx.deleteFrom('inspection_plan_item').where('plan_id', '=', planId).execute()
  if (input.scope === 'points') {
    await trx.insertInto('inspection_plan_point').values(input.riskPointIds.map((id) => ({ plan_id: planId, risk_point_id: id }))).execute()
  }
  if (input.scope === 'items') {
    await trx.insertInto('inspection_plan_item').values(input.checkItemIds.map((id) => ({ plan_id: planId, check_item_id: id }))).execute()
  }
}

/** Inserts a checked plan and its links; returns its id. Used by the form and by accepting proposals. */
export async function insertPlan(trx: Trx, input: InspectionPlanInput, now: Date): Promise<number> {
  await assertPlanFits(trx, input)
  const created = await trx
    .insertInto('inspection_plan')
    .values({ ...columns(input), created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  await storeLinks(trx, created.id, input)
  return created.id
}

/** Adds or changes a plan. Inspections already recorded under it keep their results as recorded. */
export async function savePlan(db: Db, input: InspectionPlanInput, now = new Date()): Promise<InspectionPlanRow> {
  const id = await write(db, async (trx) => {
    if (input.id === null) {
      const created = await insertPlan(trx, input, now)
      await audit(trx, { entity: 'inspection_plan', entityId: created, action: 'create', after: await loadPlan(trx, created) })
      return created
    }

    const before = await loadPlan(trx, input.id)
    await assertPlanFits(trx, input)
    await trx.updateTable('inspection_plan').set(columns(input)).where('id', '=', input.id).execute()
    await storeLinks(trx, input.id, input)
    await audit(trx, { entity: 'inspection_plan', entityId: input.id, action: 'update', before, after: await loadPlan(trx, input.id) })
    return input.id
  })
  return getPlanRow(db, id)
}

/** Deletes a plan; its inspection records stay, with the plan's name kept in them. */
export async function deletePlan(db: Db, id: number): Promise<void> {
  await write(db, async (trx) => {
    const before: InspectionPlan = await loadPlan(trx, id)
    await trx.deleteFrom('inspection_plan').where('id', '=', id).execute()
    await audit(trx, { entity: 'inspection_plan', entityId: id, action: 'delete', before })
  })
}
