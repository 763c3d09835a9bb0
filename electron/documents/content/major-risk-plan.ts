import type { Paragraph } from 'docx'
import { checkFrequencyLabels } from '../../../shared/domain/checks'
import { defaultReportTo, planGaps } from '../../../shared/domain/major-risks'
import { measureCategories, measureCategoryLabels } from '../../../shared/domain/measures'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { body, bodyLines } from '../layout/paragraphs'
import { cleanLines, cleanText } from '../layout/text'
import { chineseDate } from '../school/dates'
import { accidentNames, measuresOf, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

/**
 * The text of a 重大风险管控方案, shared by the risk control manual and the major-risk report. It takes the parts
 * the school filled in on the 重大风险 page. Where a part is left empty it takes the school's own data (the
 * measures in the graded list, the risk's owner, the check items), and it names the parts still missing.
 */

export type DataMajorRiskPlan = NonNullable<SchoolData['majorRiskPlans']>[number]

export interface PlanPart {
  label: string
  /** One or more lines; never empty. */
  lines: string[]
}

export interface MajorRiskPlanText {
  parts: PlanPart[]
  /** The sentence naming what is still to be written, or undefined for a complete plan. */
  pending: string | undefined
}

/** Finds the stored plan of a risk; files written before plans existed carry none. */
export function storedPlan(index: SchoolIndex, riskId: number): DataMajorRiskPlan | undefined {
  return (index.data.majorRiskPlans ?? []).find((plan) => plan.riskId === riskId)
}

/** "工程技术措施：…；…。", one line per measure category the risk has, engineering first. */
export function measureLines(entry: PlacedRisk): string[] {
  return measureCategories
    .map((category) => {
      const contents = measuresOf(entry.risk, category).map((measure) => cleanText(measure.content).replace(/[。；;]+$/, ''))
      return contents.length > 0 ? `${measureCategoryLabels[category]}：${contents.join('；')}。` : ''
    })
    .filter(Boolean)
}

/** Describes the check items derived from the risk's measures, or what to do when there are none. */
export function checkSentence(index: SchoolIndex, entry: PlacedRisk): string {
  const measureIds = new Set(entry.risk.measures.map((measure) => measure.id))
  const checks = index.checkItems.filter((item) => item.measureId !== null && measureIds.has(item.measureId))
  if (checks.length === 0) {
    return '将各项管控措施对应的检查内容纳入隐患排查清单，明确排查频次和责任岗位。'
  }
  const frequencies = [...new Set(checks.map((item) => checkFrequencyLabels[item.frequency]))].join('、')
  return `隐患排查清单中对应本风险的排查项共${checks.length}项，排查频次为${frequencies}，由责任岗位按清单检查并记录，发现隐患立即报告。`
}

/** "FX-003 学生食堂，液化气管道老化…，可能导致火灾、其他爆炸，评价结果为重大风险（D=400）。" */
export function riskDescription(entry: PlacedRisk): string {
  const accidents = accidentNames(entry.risk.accidentTypes)
  const hazard = cleanText(entry.risk.hazard).replace(/[。；;]+$/, '')
  return `${pointLabel(entry.point)}，${hazard}${accidents ? `，可能导致${accidents}` : ''}，评价结果为重大风险（${scoreText(entry.risk)}）。`
}

/** "张海涛（13903910002）", or the risk's owner when the plan names no one. */
export function responsibleText(index: SchoolIndex, entry: PlacedRisk, plan: DataMajorRiskPlan | undefined): string {
  const person = plan ? index.person(plan.responsibleStaffId) : undefined
  if (person) {
    const phone = cleanText(person.phone)
    return phone ? `${cleanText(person.name)}（${phone}）` : cleanText(person.name)
  }
  const owner = index.owner(entry.risk.ownerPostId, entry.risk.ownerStaffId)
  const who = [owner.post, owner.person].filter(Boolean).join(' ')
  return who && owner.phone ? `${who}（${owner.phone}）` : who
}

/** Returns the bureau the plan goes to: the one the plan names, else the school's county bureau. */
export function reportToText(index: SchoolIndex, plan: DataMajorRiskPlan | undefined): string {
  return cleanText(plan?.reportTo ?? '') || defaultReportTo(index.data.school.county) || '县（市、区）教育主管部门'
}

function reportLine(index: SchoolIndex, plan: DataMajorRiskPlan | undefined): string {
  const to = reportToText(index, plan)
  return plan?.reportedOn ? `已于${chineseDate(plan.reportedOn)}报${to}。` : `报${to}（上报日期待填写）。`
}

function emergencyLines(entry: PlacedRisk, plan: DataMajorRiskPlan | undefined): string[] {
  const written = cleanLines(plan?.emergency ?? '')
  if (written.length > 0) return written
  const measures = measuresOf(entry.risk, 'emergency').map((measure) => cleanText(measure.content).replace(/[。；;]+$/, ''))
  return measures.length > 0 ? [`${measures.join('；')}。`] : []
}

/**
 * Names what is still to be written. A stored plan is judged by its own fields (as the 重大风险 page marks it
 * 待完善), even where the print fills a part from the school's data. Without a plan, the parts that had nothing to
 * print are named.
 */
function pendingSentence(plan: DataMajorRiskPlan | undefined, unprinted: readonly string[]): string | undefined {
  if (!plan) {
    const notFilled = unprinted.length > 0 ? `${unprinted.join('、')}尚未填写，` : ''
    return `方案待完善：尚未制定专项管控方案，以上内容取自风险分级管控清单。${notFilled}请在“重大风险”页面补充管控方案。`
  }
  const gaps = planGaps(plan)
  return gaps.length > 0 ? `方案待完善：${gaps.join('、')}尚未填写，请在“重大风险”页面补充。` : undefined
}

/**
 * Builds the parts of one major risk's control plan in print order. A part the plan leaves empty takes the
 * school's data where there is any and is otherwise left out, so no part is printed without content.
 */
export function majorRiskPlanText(index: SchoolIndex, entry: PlacedRisk): MajorRiskPlanText {
  const plan = storedPlan(index, entry.risk.id)
  const candidates: PlanPart[] = [
    { label: '风险描述', lines: [riskDescription(entry)] },
    { label: '管控目标', lines: cleanLines(plan?.objective ?? '') },
    { label: '管控措施', lines: plan && cleanLines(plan.measures).length > 0 ? cleanLines(plan.measures) : measureLines(entry) },
    { label: '资金保障', lines: cleanLines(plan?.funds ?? '') },
    { label: '责任人', lines: [responsibleText(index, entry, plan)].filter(Boolean) },
    { label: '完成时限', lines: plan?.deadline ? [`${chineseDate(plan.deadline)}前完成。`] : [] },
    { label: '监测监控', lines: cleanLines(plan?.monitoring ?? '').length > 0 ? cleanLines(plan?.monitoring ?? '') : [checkSentence(index, entry)] },
    { label: '应急措施', lines: emergencyLines(entry, plan) },
    { label: '上报', lines: [reportLine(index, plan)] }
  ]

  const unprinted = candidates.filter((part) => part.lines.length === 0).map((part) => part.label)
  return { parts: candidates.filter((part) => part.lines.length > 0), pending: pendingSentence(plan, unprinted) }
}

/**
 * Prints the parts numbered （1）（2）…: a one-line part on the line of its label, a longer one below it. The
 * 方案待完善 sentence follows in bold, so a reader sees at once that the plan is not finished.
 */
export function planParagraphs(text: MajorRiskPlanText): Paragraph[] {
  const paragraphs = text.parts.flatMap((part, index) => {
    const label = `（${index + 1}）${part.label}：`
    return part.lines.length === 1 ? [body(`${label}${part.lines[0]}`)] : [body(label), ...bodyLines(part.lines)]
  })
  if (text.pending) paragraphs.push(body({ text: text.pending, bold: true }))
  return paragraphs
}
