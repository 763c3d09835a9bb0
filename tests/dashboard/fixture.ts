import { localDate } from '../../shared/domain/local-date'
import { addDays } from '../../shared/domain/training-summary'
import {
  hazardAcceptInput,
  hazardCloseInput,
  hazardOnTheSpotInput,
  hazardPlanInput,
  hazardRegisterInput,
  hazardReportInput,
  hazardSubmitInput
} from '../../shared/schemas/hazard-inputs'
import { calendarPeriodInput, inspectionPlanInput, inspectionRecordInput } from '../../shared/schemas/inspection-inputs'
import { checkItemInput, staffInput } from '../../shared/schemas/inputs'
import { completeReviewInput, reviewScheduleInput } from '../../shared/schemas/review-inputs'
import { trainingInput } from '../../shared/schemas/training-inputs'
import type { Db } from '../../electron/db/transaction'
import { saveCheckItem } from '../../electron/checklist/check-items.service'
import { acceptHazard, closeHazard, reportHazard, startRectification, submitForAcceptance } from '../../electron/hazards/loop.service'
import { recordOnTheSpot, registerHazard } from '../../electron/hazards/register.service'
import { saveCalendarPeriod } from '../../electron/inspections/calendar.service'
import { savePlan } from '../../electron/inspections/plans.service'
import { recordInspection } from '../../electron/inspections/record.service'
import { saveReviewSchedule } from '../../electron/reviews/review-schedule.service'
import { completeReview } from '../../electron/reviews/reviews.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { saveTraining } from '../../electron/training/training.service'
import { seedGradedSchool } from '../helpers/graded-school'

/**
 * A school with something behind every figure of the start page. Its dates are relative to `now`, so the
 * browser test can use the real clock. It has 11 risks (1 重大, 6 较大, 3 一般, 1 低) on 2 points and 6
 * hazards (3 open 一般, 1 open 重大, 1 overdue, 2 closed). A weekly and a monthly plan were adopted 33 days
 * ago, with one weekly inspection 16 days ago. One training is this term and one before it. The last
 * review was 60 days ago and the next is due in 10 days.
 */

export const lastReviewTerm = '2025—2026学年第二学期'
export const currentReviewTerm = '2026—2027学年第一学期'
export const termName = '测试学期'

/** Returns the moment `days` from `now`, at the same time of day. */
function shifted(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000)
}

async function addHazards(db: Db, now: Date, people: { officer: number; caretaker: number; principal: number }, pointId: number): Promise<void> {
  const today = localDate(now)
  const day = (offset: number) => addDays(today, offset)
  const register = async (foundOn: number, description: string, extra: Record<string, unknown> = {}) => {
    const input = hazardRegisterInput.parse({ description, riskPointId: pointId, place: '教学楼', foundOn: day(foundOn), foundBy: { staffId: people.officer }, source: 'inspection', category: 'site', grade: 'general', ...extra })
    return (await registerHazard(db, input, undefined, shifted(now, foundOn))).hazard.id
  }
  const start = (id: number, deadline: number, on: number, extra: Record<string, unknown> = {}) =>
    startRectification(db, hazardPlanInput.parse({ id, responsible: { staffId: people.caretaker }, measures: '维修', funds: '', deadline: day(deadline), contingency: '', governancePlan: '', ...extra }), shifted(now, on))

  await register(-2, '走廊灯具松动')
  await start(await register(-10, '楼梯防滑条脱落'), 5, -9)
  await start(await register(-20, '配电箱门锁损坏'), -3, -19)

  const major = await register(-15, '宿舍楼道电动车蓄电池充电', { majorCriteria: ['XF-08'] })
  await reportHazard(db, hazardReportInput.parse({ id: major, reportedOn: day(-14), reportTo: '山阳区教育局', reportNote: '' }), shifted(now, -14))
  await start(major, 20, -14, { funds: '1万元', contingency: '断电并专人看守', governancePlan: '建设集中充电区' })

  const spot = hazardOnTheSpotInput.parse({
    description: '灭火器箱门损坏',
    riskPointId: pointId,
    place: '二楼',
    foundOn: day(-5),
    foundBy: { staffId: people.officer },
    source: 'inspection',
    category: 'site',
    grade: 'general',
    measures: '更换合页',
    rectifiedOn: day(-5),
    rectifier: { staffId: people.caretaker },
    rectificationNote: '',
    acceptedOn: day(-5),
    acceptor: { staffId: people.officer },
    acceptanceOpinion: '合格'
  })
  const fixed = (await recordOnTheSpot(db, spot, undefined, shifted(now, -5))).hazard.id
  await closeHazard(db, hazardCloseInput.parse({ id: fixed, closedOn: day(-4), note: '' }), shifted(now, -4))

  const done = await register(-30, '操场围栏螺丝缺失')
  await start(done, -25, -30)
  await submitForAcceptance(db, hazardSubmitInput.parse({ id: done, rectifiedOn: day(-26), rectifier: { staffId: people.caretaker }, rectificationNote: '' }), [], shifted(now, -26))
  await acceptHazard(db, hazardAcceptInput.parse({ id: done, acceptedOn: day(-25), acceptor: { staffId: people.principal }, acceptanceOpinion: '合格' }), shifted(now, -25))
  await closeHazard(db, hazardCloseInput.parse({ id: done, closedOn: day(-24), note: '' }), shifted(now, -24))
}

async function addInspections(db: Db, now: Date, pointId: number, inspector: number): Promise<void> {
  const today = localDate(now)
  await saveCalendarPeriod(db, calendarPeriodInput.parse({ kind: 'term', name: termName, startsOn: addDays(today, -94), endsOn: addDays(today, 50) }))
  await saveCheckItem(db, checkItemInput.parse({ riskPointId: pointId, content: '检查灭火器压力', standard: '指针在绿区', method: '查看现场', inspectionType: 'daily', frequency: 'weekly' }))

  const adopted = shifted(now, -33)
  const plan = (name: string, inspectionType: string, frequency: string) =>
    inspectionPlanInput.parse({ name, inspectionType, frequency, responsibleStaffId: inspector, scope: 'all', active: true, riskPointIds: [], checkItemIds: [], note: '' })
  const weekly = await savePlan(db, plan('每周巡查', 'daily', 'weekly'), adopted)
  await savePlan(db, plan('月度综合排查', 'comprehensive', 'monthly'), adopted)

  const input = inspectionRecordInput.parse({ planId: weekly.id, inspectedOn: addDays(today, -16), inspectorStaffId: inspector, version: '', marks: [], note: '' })
  await recordInspection(db, input, shifted(now, -16))
}

async function addRecords(db: Db, now: Date, attendee: number): Promise<void> {
  const today = localDate(now)
  const training = (heldOn: string, topic: string) => trainingInput.parse({ heldOn, topic, kind: 'all-staff', hours: 2, attendeeIds: [attendee] })
  await saveTraining(db, training(addDays(today, -10), '消防安全培训'), [], { today })
  await saveTraining(db, training(addDays(today, -120), '上学期培训'), [], { today })

  await completeReview(db, completeReviewInput.parse({ term: lastReviewTerm, reviewedOn: addDays(today, -60), reviewer: '王建国', summary: '' }), now)
  await saveReviewSchedule(db, reviewScheduleInput.parse({ term: currentReviewTerm, dueOn: addDays(today, 10) }))
}

export async function seedDashboardSchool(db: Db, now: Date): Promise<void> {
  const graded = await seedGradedSchool(db)
  const person = async (name: string) => (await saveStaff(db, staffInput.parse({ name, phone: '', department: '安全办' }))).id
  const people = { officer: await person('刘德福'), caretaker: graded.staffId, principal: await person('王建国') }

  await addHazards(db, now, people, graded.pointIds.campus)
  await addInspections(db, now, graded.pointIds.campus, people.officer)
  await addRecords(db, now, people.officer)
}
