import type { FileChild } from 'docx'
import { calendarKindLabels, type CalendarPeriodDraft } from '../../../shared/domain/calendar'
import { inspectionTypeLabels } from '../../../shared/domain/checks'
import { isBeforeFrequency } from '../../../shared/domain/inspections'
import { daysBetween } from '../../../shared/domain/local-date'
import { addDays } from '../../../shared/domain/training-summary'
import { proposedSchoolYear, schoolYearName } from '../../../shared/inspections/calendar-proposal'
import { daysBefore, monthDay, periodsOf } from '../../../shared/inspections/due-periods'
import { planScheduleLabel } from '../../../shared/inspections/schedule'
import { dueCalendar, SchoolDays } from '../../../shared/inspections/school-days'
import { planChecklists, type PlanChecklistData } from '../inspection-checklists/plan-checklists'
import type { TableCaptions } from '../layout/captions'
import { body } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { snapshotDay } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'

/** The school year the manual plans for, and the calendar it is read from (the usual dates where the school entered none). */
interface PlanYear {
  name: string
  startsOn: string
  endsOn: string
  days: SchoolDays
  periods: CalendarPeriodDraft[]
  assumed: boolean
}

function planYear(index: SchoolIndex): PlanYear {
  const today = snapshotDay(index.data)
  const year = proposedSchoolYear(today)
  const [startsOn, endsOn] = [`${year}-09-01`, `${year + 1}-08-31`]
  const calendar = dueCalendar(index.data.calendar ?? [], today)
  const periods = calendar.periods.filter((period) => period.startsOn <= endsOn && period.endsOn >= startsOn)
  return { name: schoolYearName(year), startsOn, endsOn, days: new SchoolDays(calendar.periods), periods, assumed: calendar.assumedKinds.length > 0 }
}

/** When a plan is carried out this school year: its frequency, or for termly and "before" plans the dates. */
function timing(sheet: PlanChecklistData, year: PlanYear): string {
  const { plan } = sheet
  const label = planScheduleLabel(plan)
  if (!isBeforeFrequency(plan.frequency) && plan.frequency !== 'term') {
    return ['perLesson', 'perShift', 'perTrip', 'daily'].includes(plan.frequency) ? `${label}（上课日）` : label
  }
  // From a week before the year starts, so the check before the first term is listed too.
  const windows = periodsOf(plan.frequency, plan.beforeKind, year.days, addDays(year.startsOn, -daysBefore), year.endsOn)
  if (windows.length === 0) return `${label}（校历中本学年没有相应时段）`
  return `${label}：${windows.map((window) => `${cleanText(window.label)} ${monthDay(window.startsOn)}—${monthDay(window.endsOn)}`).join('；')}`
}

function plansTable(index: SchoolIndex, sheets: readonly PlanChecklistData[], year: PlanYear): FileChild[] {
  return table({
    width: portraitTextWidth,
    fontSize: sizes.tableSmall,
    columns: [
      { header: '序号', weight: 1.2, align: 'center' },
      { header: '排查计划', weight: 4.5 },
      { header: '类型', weight: 2.8, align: 'center' },
      { header: '时间安排', weight: 8 },
      { header: '责任岗位／责任人', weight: 4 },
      { header: '检查项数', weight: 1.8, align: 'center' }
    ],
    rows: sheets.map((sheet, position) => [
      String(position + 1),
      cleanText(sheet.plan.name),
      inspectionTypeLabels[sheet.plan.inspectionType],
      timing(sheet, year),
      index.ownerLabel(sheet.plan.responsiblePostId, sheet.plan.responsibleStaffId),
      String(sheet.items.length)
    ])
  })
}

function calendarTable(year: PlanYear): FileChild[] {
  return table({
    width: portraitTextWidth,
    fontSize: sizes.tableSmall,
    columns: [
      { header: '序号', weight: 1.2, align: 'center' },
      { header: '时段', weight: 7 },
      { header: '类型', weight: 2.5, align: 'center' },
      { header: '起止日期', weight: 7, align: 'center' },
      { header: '天数', weight: 1.8, align: 'center' }
    ],
    rows: year.periods.map((period, position) => [
      String(position + 1),
      cleanText(period.name),
      calendarKindLabels[period.kind],
      `${period.startsOn} 至 ${period.endsOn}`,
      String(daysBetween(period.startsOn, period.endsOn) + 1)
    ])
  })
}

/**
 * Writes the year's plan from the school's own plans and calendar: the active plans with the dates they fall
 * on this school year, then the calendar they are timed by. Returns an empty list when the school has no
 * active plan, so the manual prints its general plan instead.
 */
export function schoolPlanPart(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const sheets = planChecklists(index.data)
  if (sheets.length === 0) return []
  const year = planYear(index)
  const assumed = year.assumed ? '校历中未填写的学期、假期、汛期或供暖期按常见日期估算，以上级部门当年发布的校历和放假通知为准。' : ''

  return [
    body(
      `${index.terms.we}${year.name}执行下列排查计划，共${sheets.length}项，由双重预防工作办公室按计划提醒和检查落实。“节假日前”“季节转换前”的排查在相应时段开始前 7 天内完成。${assumed}`
    ),
    captions.caption(`${year.name}隐患排查计划`),
    ...plansTable(index, sheets, year),
    body('排查计划按下列校历安排：'),
    captions.caption(`${year.name}校历`),
    ...calendarTable(year)
  ]
}
