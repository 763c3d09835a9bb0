import { defaultReportTo } from '../../../shared/domain/major-risks'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import { dateText, foundSentence, linesOrPending, pendingText, personWithDepartment } from '../hazard-records/hazard-text'
import { cleanLines, cleanText } from '../layout/text'
import type { UnitTerms } from '../school/terms'

/**
 * The eight parts of a 重大事故隐患治理方案, written from the hazard's record: its description and criteria,
 * the 五落实 (responsible person, measures, funds, deadline, contingency plan) and the 治理方案 text. A part
 * the record cannot fill prints 待补充, which marks what the school must still write.
 */

export interface PlanPart {
  label: string
  /** One or more lines; never empty. */
  lines: string[]
}

/** Returns the bureau a 重大 hazard is reported to: the one recorded, else the school's county bureau. */
export function reportToText(view: HazardView, hazard: Pick<DataHazard, 'reportTo'>): string {
  return cleanText(hazard.reportTo) || defaultReportTo(view.data.school.county) || '县（市、区）教育主管部门'
}

/** Returns a short name for the hazard: its description up to the first comma or full stop, 30 characters at most. */
export function hazardName(hazard: Pick<DataHazard, 'description'>): string {
  const first = cleanText(hazard.description).split(/[，。；,;]/)[0] ?? ''
  return [...first].length > 30 ? `${[...first].slice(0, 30).join('')}…` : first
}

/**
 * Patterns of the 治理方案 lines that fill a part the hazard form has no field for, written as "产生原因：…"
 * or "整改难易程度：…" as the form's hint asks. Such lines print in their own part of the plan.
 */
const labelledLines = {
  cause: /^(?:产生原因|原因分析|原因)[:：]\s*/,
  difficulty: /^(?:整改难易程度|整改难度|难易程度)[:：]\s*/
} as const

function labelledLine(hazard: DataHazard, label: keyof typeof labelledLines): string {
  const line = cleanLines(hazard.governancePlan).find((candidate) => labelledLines[label].test(candidate))
  return line ? line.replace(labelledLines[label], '') || pendingText : pendingText
}

function isLabelled(line: string): boolean {
  return Object.values(labelledLines).some((pattern) => pattern.test(line))
}

function situation(view: HazardView, hazard: DataHazard): string[] {
  return [cleanText(hazard.description), `${foundSentence(view, hazard)}。`, `产生原因：${labelledLine(hazard, 'cause')}`]
}

function severity(hazard: DataHazard): string[] {
  const basis = hazard.majorCriteria.length > 0 ? `按判定情形${hazard.majorCriteria.join('、')}判定为重大事故隐患，` : `判定依据${pendingText}；`
  return [`${basis}一旦引发事故，可能造成人员群死群伤或者重大财产损失，社会影响大。`, `整改难易程度：${labelledLine(hazard, 'difficulty')}`]
}

function objective(hazard: DataHazard): string[] {
  if (hazard.deadline === null) return [pendingText]
  return [`在${dateText(hazard.deadline)}前消除该重大事故隐患，经验收合格后销号，恢复正常使用。`]
}

function methods(hazard: DataHazard): string[] {
  const plan = cleanLines(hazard.governancePlan).filter((line) => !isLabelled(line))
  const measures = cleanLines(hazard.measures).filter((line) => !plan.includes(line))
  const lines = [...plan, ...measures]
  return lines.length > 0 ? lines : [pendingText]
}

function organisation(view: HazardView, hazard: DataHazard, terms: UnitTerms): string[] {
  const principal = cleanText(view.data.school.principal)
  const responsible = personWithDepartment(view, hazard.responsible)
  const phone = cleanText(view.phone(hazard.responsible))
  return [
    `${terms.head}${principal ? `（${principal}）` : ''}为第一责任人，对治理工作全面负责。`,
    responsible ? `${responsible}负责组织实施${phone ? `，联系电话${phone}` : ''}。` : `治理责任人：${pendingText}`,
    '双重预防工作办公室负责督促检查和资料归档。'
  ]
}

function schedule(view: HazardView, hazard: DataHazard, terms: UnitTerms): string[] {
  if (hazard.deadline === null) return [`治理时限：${pendingText}`]
  return [
    `${dateText(hazard.deadline)}前完成治理。`,
    `治理期间每周向双重预防工作办公室报告进展；完成后由${terms.head}组织验收，报${reportToText(view, hazard)}申请销号。`
  ]
}

export function governanceParts(view: HazardView, hazard: DataHazard, terms: UnitTerms): PlanPart[] {
  return [
    { label: '隐患现状及产生原因', lines: situation(view, hazard) },
    { label: '危害程度和整改难易程度分析', lines: severity(hazard) },
    { label: '治理的目标和任务', lines: objective(hazard) },
    { label: '采取的方法和措施', lines: methods(hazard) },
    { label: '经费和物资的落实', lines: linesOrPending(hazard.funds) },
    { label: '负责治理的机构和人员', lines: organisation(view, hazard, terms) },
    { label: '治理的时限和要求', lines: schedule(view, hazard, terms) },
    { label: '安全措施和应急预案', lines: linesOrPending(hazard.contingency) }
  ]
}

/** Lists the labels of the parts that still print 待补充. */
export function pendingParts(parts: readonly PlanPart[]): string[] {
  return parts.filter((part) => part.lines.some((line) => line.includes(pendingText))).map((part) => part.label)
}
