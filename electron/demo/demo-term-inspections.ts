import { addDays } from '../../shared/domain/training-summary'
import type { ResultMark } from '../../shared/schemas/inspection-inputs'
import { inspectionRecordInput } from '../../shared/schemas/inspection-inputs'
import type { Db } from '../db/transaction'
import { loadPlanChecklist } from '../inspections/plan-checklist'
import { loadPlan } from '../inspections/plan-rows'
import { recordInspection } from '../inspections/record.service'
import type { DemoHazard } from './demo-hazards'
import { demoMoment } from './demo-dates'
import { weekdayOf } from '../../shared/inspections/school-days'

/**
 * The sample term's inspection records, added to those `addDemoInspections` writes: three departments'
 * weekly checks (one week of 总务处 missed, and this week's still open), and a check on each day a hazard
 * of the sample was found by one. Every item is 合格 except the ones the sample's hazards were found at.
 */

interface ScheduledInspection {
  plan: string
  on: string
  /** The inspector's name on the roster; daily patrols name the person by id instead. */
  inspector: string
  inspectorStaffId?: number
  note: string
}

interface WeeklyCheck {
  plan: string
  inspector: string
  /** Days after Monday the check is done on: 1 Tuesday … 4 Friday. */
  weekday: number
  /** Mondays of the weeks it was not done. */
  missed: string[]
}

const weekly: WeeklyCheck[] = [
  { plan: '安全办（保卫处）每周排查', inspector: '王建国', weekday: 3, missed: [] },
  { plan: '总务处（后勤处）每周排查', inspector: '刘志强', weekday: 4, missed: ['2026-11-16', '2026-11-30'] },
  { plan: '食堂每周排查', inspector: '尤志勇', weekday: 1, missed: [] }
]

const firstMonday = '2026-08-31'
const lastMonday = '2026-11-30'
/** The days of 国庆节; a weekly check falling on one is done on 30 September instead. */
const nationalHoliday = { from: '2026-10-01', to: '2026-10-07', instead: '2026-09-30' }

function weeklySchedule(check: WeeklyCheck): ScheduledInspection[] {
  const inspections: ScheduledInspection[] = []
  for (let monday = firstMonday; monday <= lastMonday; monday = addDays(monday, 7)) {
    if (check.missed.includes(monday)) continue
    const day = addDays(monday, check.weekday)
    const on = day >= nationalHoliday.from && day <= nationalHoliday.to ? nationalHoliday.instead : day
    inspections.push({ plan: check.plan, on, inspector: check.inspector, note: '' })
  }
  return inspections
}

/**
 * Lists the term's weekly checks in date order. A hazard found by a check that is not among them adds one
 * on its day.
 */
export function demoInspectionSchedule(hazards: readonly DemoHazard[]): ScheduledInspection[] {
  const schedule = weekly.flatMap(weeklySchedule)
  for (const hazard of hazards) {
    if (!hazard.inspection) continue
    const plan = hazard.inspection.plan
    if (schedule.some((entry) => entry.plan === plan && entry.on === hazard.foundOn)) continue
    const regular = weekly.find((check) => check.plan === plan)
    schedule.push({ plan, on: hazard.foundOn, inspector: regular?.inspector ?? hazard.foundBy, note: regular ? '本周加查。' : '' })
  }
  return schedule.sort((a, b) => a.on.localeCompare(b.on) || a.plan.localeCompare(b.plan))
}

/** The school days the sample's routine checks were recorded on: the weeks before the demo date. */
const routineFrom = '2026-11-02'
const routineTo = '2026-12-03'
const dailyFrequencies = ['perLesson', 'perShift', 'perTrip', 'daily']

/**
 * Lists the routine checks of every adopted daily or weekly plan that the explicit schedule above does
 * not cover. Daily plans are checked on each weekday and weekly ones on each Wednesday of the last month,
 * by the first person with the plan's post. The sample's start page then shows checks done, not a month
 * of them overdue. One patrol, the last 宿舍 check, is left undone, as happens.
 */
async function routineSchedule(db: Db): Promise<ScheduledInspection[]> {
  const plans = await db
    .selectFrom('inspection_plan')
    .select(['name', 'frequency', 'responsible_staff_id', 'responsible_post_id'])
    .where('active', '=', 1)
    .execute()
  const holders = await db.selectFrom('staff_post').select(['post_id', 'staff_id']).orderBy('staff_id').execute()
  const schedule: ScheduledInspection[] = []

  for (const plan of plans) {
    const daily = dailyFrequencies.includes(plan.frequency)
    const weeklyRoutine = plan.frequency === 'weekly' && !weekly.some((check) => check.plan === plan.name)
    if (!daily && !weeklyRoutine) continue
    const inspectorStaffId = plan.responsible_staff_id ?? holders.find((holder) => holder.post_id === plan.responsible_post_id)?.staff_id
    if (inspectorStaffId === undefined) continue
    for (let day = routineFrom; day <= routineTo; day = addDays(day, 1)) {
      const weekday = weekdayOf(day)
      if (daily ? weekday === 0 || weekday === 6 : weekday !== 3) continue
      if (day === routineTo && plan.name.includes('宿舍')) continue
      schedule.push({ plan: plan.name, on: day, inspector: '', inspectorStaffId, note: '' })
    }
  }
  return schedule
}

/**
 * Marks, for one inspection, the items its hazards were found at: an unmarked item at the hazard's risk
 * point, one whose text has the hazard's keyword if there is one. A hazard whose point the plan does not
 * cover gets no mark, and is registered from no result.
 */
async function marksFor(db: Db, planId: number, found: readonly DemoHazard[]): Promise<{ marks: ResultMark[]; itemOf: Map<string, number> }> {
  const checklist = await loadPlanChecklist(db, await loadPlan(db, planId))
  const marks: ResultMark[] = []
  const itemOf = new Map<string, number>()
  for (const hazard of found) {
    const keyword = hazard.inspection?.keyword ?? ''
    const atPoint = checklist.items.filter((item) => item.riskPointLabel.endsWith(` ${hazard.point}`) && !marks.some((mark) => mark.itemNo === item.itemNo))
    const item = atPoint.find((candidate) => `${candidate.content}${candidate.standard}`.includes(keyword)) ?? atPoint[0]
    if (!item) continue
    marks.push({ itemNo: item.itemNo, result: 'not-ok', note: hazard.description })
    itemOf.set(hazard.key, item.itemNo)
  }
  return { marks, itemOf }
}

/** Reads the plans by name, and the days each was already inspected on. */
async function loadPlans(db: Db): Promise<{ ids: Map<string, number>; done: Set<string> }> {
  const plans = await db.selectFrom('inspection_plan').select(['id', 'name']).execute()
  const inspected = await db.selectFrom('inspection').select(['plan_id', 'inspected_on']).execute()
  const names = new Map(plans.map((plan) => [plan.id, plan.name]))
  return {
    ids: new Map(plans.map((plan) => [plan.name, plan.id])),
    done: new Set(inspected.map((row) => `${names.get(row.plan_id ?? 0) ?? ''}/${row.inspected_on}`))
  }
}

/**
 * Records the term's inspections through the inspection service, skipping a plan and day already
 * recorded and a plan the school has not adopted. Returns the number recorded and, per hazard key, the
 * not-OK result the hazard is to be registered from.
 */
export async function recordDemoInspections(db: Db, hazards: readonly DemoHazard[], staffIds: ReadonlyMap<string, number>): Promise<{ count: number; resultOf: Map<string, number> }> {
  const resultOf = new Map<string, number>()
  const plans = await loadPlans(db)
  let count = 0

  for (const entry of [...demoInspectionSchedule(hazards), ...(await routineSchedule(db))]) {
    const planId = plans.ids.get(entry.plan)
    if (planId === undefined || plans.done.has(`${entry.plan}/${entry.on}`)) continue
    plans.done.add(`${entry.plan}/${entry.on}`)
    const inspectorStaffId = entry.inspectorStaffId ?? staffIds.get(entry.inspector)
    if (inspectorStaffId === undefined) throw new Error(`demo inspection ${entry.plan} ${entry.on}: ${entry.inspector} is not on the roster`)
    const found = hazards.filter((hazard) => hazard.inspection?.plan === entry.plan && hazard.foundOn === entry.on)
    const { marks, itemOf } = await marksFor(db, planId, found)

    const input = inspectionRecordInput.parse({ planId, inspectedOn: entry.on, inspectorStaffId, version: '', marks, note: entry.note })
    const detail = await recordInspection(db, input, demoMoment(entry.on, 8))
    count += 1
    for (const [key, itemNo] of itemOf) {
      const result = detail.results.find((candidate) => candidate.itemNo === itemNo)
      if (result) resultOf.set(key, result.id)
    }
  }
  return { count, resultOf }
}

/**
 * Finds, for hazards found at an inspection recorded before this module ran, the not-OK result of that
 * plan and day whose note has the hazard's keyword and that no hazard was registered from yet.
 */
export async function findRecordedResults(db: Db, hazards: readonly DemoHazard[], resultOf: Map<string, number>): Promise<void> {
  const rows = await db
    .selectFrom('inspection_result')
    .innerJoin('inspection', 'inspection.id', 'inspection_result.inspection_id')
    .innerJoin('inspection_plan', 'inspection_plan.id', 'inspection.plan_id')
    .leftJoin('hazard', 'hazard.inspection_result_id', 'inspection_result.id')
    .select(['inspection_result.id as id', 'inspection_result.note as note', 'inspection.inspected_on as on', 'inspection_plan.name as plan'])
    .where('inspection_result.result', '=', 'not-ok')
    .where('hazard.id', 'is', null)
    .execute()

  for (const hazard of hazards) {
    if (!hazard.inspection || resultOf.has(hazard.key)) continue
    const { plan, keyword } = hazard.inspection
    const match = rows.find((row) => row.plan === plan && row.on === hazard.foundOn && row.note.includes(keyword) && ![...resultOf.values()].includes(row.id))
    if (match) resultOf.set(hazard.key, match.id)
  }
}
