import { dateText } from '../hazard-records/hazard-text'
import { cleanText } from '../layout/text'
import type { ReportFigures } from './report-figures'

/**
 * The short written analysis of a statistics report, generated from its numbers: what was found and
 * closed, how much on time, where the open hazards gather, what is overdue, the 重大 hazards and the
 * inspections missed. Each sentence is one paragraph.
 */

/** Below this share of rectifications on time the analysis asks for stricter follow-up. */
const onTimeTarget = 0.9
/** Areas named as where open hazards gather. */
const namedAreas = 3

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

function overview(figures: ReportFigures, periodWord: string): string {
  const { totals, byGrade } = figures.hazards
  const major = byGrade.find((row) => row.grade === 'major')?.found ?? 0
  const spot = totals.fixedOnTheSpot > 0 ? `，立查立改${totals.fixedOnTheSpot}项` : ''
  return `${periodWord}共发现事故隐患${totals.found}项（其中重大事故隐患${major}项${spot}），销号${totals.closed}项；截至${dateText(figures.period.countedTo)}，未销号隐患${totals.open}项，其中逾期${totals.overdue}项。`
}

function onTime(figures: ReportFigures, periodWord: string): string | undefined {
  const { totals } = figures.hazards
  if (totals.onTimeRate === null) return undefined
  const judgement = totals.onTimeRate < onTimeTarget ? '按期整改率偏低，应督促责任部门严格按整改时限完成整改。' : '整改总体能够按期完成。'
  return `${periodWord}销号的隐患中，在整改时限内完成整改的${totals.closedOnTime}项，按期整改率${percent(totals.onTimeRate)}，${judgement}`
}

function areas(figures: ReportFigures): string {
  const open = figures.hazards.byArea.filter((row) => row.open > 0)
  if (figures.hazards.totals.open === 0) return '全部隐患均已整改销号。'
  const named = open.slice(0, namedAreas).map((row) => `${cleanText(row.label)}（${row.open}项）`).join('、')
  return `未销号隐患主要集中在${named}，应作为下一阶段排查和整改的重点区域。`
}

function overdue(figures: ReportFigures): string | undefined {
  const late = figures.hazards.supervision.filter((hazard) => hazard.overdueDays > 0)
  if (late.length === 0) return undefined
  const worst = late[0]
  const where = [cleanText(worst.area), cleanText(worst.place)].filter(Boolean).join('／')
  return `逾期未销号的隐患${late.length}项，逾期最久的是${worst.code}（${where}，逾期${worst.overdueDays}天）。逾期隐患已全部列入督办清单，责任部门应说明原因，落实临时防范措施并限期完成。`
}

function majors(figures: ReportFigures): string | undefined {
  const open = figures.hazards.supervision.filter((hazard) => hazard.grade === 'major')
  if (open.length === 0) return undefined
  return `尚有重大事故隐患${open.length}项未销号（${open.map((hazard) => hazard.code).join('、')}），应严格按治理方案推进，落实挂牌督办，并按要求向教育主管部门报告治理进展。`
}

function inspections(figures: ReportFigures, periodWord: string): string {
  if (!figures.hasPlans) {
    const records = figures.inspections.reduce((sum, row) => sum + row.records, 0)
    return `${periodWord}共有排查记录${records}次。学校尚未制定排查计划，应按隐患排查清单制定日常、综合、专项、季节性和节假日排查计划。`
  }
  const missed = figures.inspections.filter((row) => row.missed > 0)
  if (missed.length === 0) return `${periodWord}各类排查均按计划开展，没有漏查的期次。`
  const list = missed.map((row) => `${row.label}应查${row.due}期、完成${row.done}期、${row.missed}期未按期开展`).join('；')
  return `排查计划执行不到位：${list}。应对照排查计划补查，并查明未按期排查的原因。`
}

/** Writes the sentence on the training held in the period, printed with the inspection figures. */
export function trainingLine(figures: ReportFigures, periodWord: string): string {
  const { sessions, hours, attendances } = figures.trainings
  if (sessions === 0) {
    return figures.period.kind === 'term' ? `本学期尚未开展安全教育培训，应按培训制度至少开展一次全员培训。` : `${periodWord}未开展安全教育培训。`
  }
  return `${periodWord}开展安全教育培训和演练${sessions}次，共${hours}学时，教职工参训${attendances}人次。`
}

/** Writes the analysis of one report; `periodWord` is 本月 or 本学期. */
export function analysisLines(figures: ReportFigures, periodWord: string): string[] {
  return [overview(figures, periodWord), onTime(figures, periodWord), areas(figures), overdue(figures), majors(figures), inspections(figures, periodWord)].filter(
    (line): line is string => line !== undefined
  )
}
