import type { FileChild } from 'docx'
import { hazardStateLabels } from '../../../shared/domain/hazards'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { dateText, pendingText, personWithPhone } from '../hazard-records/hazard-text'
import { plain } from '../layout/paragraphs'
import { table, type CellParagraph, type RowValue } from '../layout/tables'
import { cleanLines, cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { UnitTerms } from '../school/terms'
import { governanceParts, hazardName, pendingParts, reportToText } from './plan-text'

/** The 重大事故隐患治理方案 and the 重大事故隐患报告表 of one hazard, or blank. */

const fourColumns = [
  { header: '', weight: 4 },
  { header: '', weight: 5 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** Writes the 治理方案 of a hazard as a form: the hazard, the eight parts, then the lines to sign. */
export function planForm(view: HazardView, hazard: DataHazard, terms: UnitTerms, pageBreakBefore: boolean): FileChild[] {
  const parts = governanceParts(view, hazard, terms)
  const criteria = view.criteriaTexts(hazard).map(cleanText)
  const pending = pendingParts(parts)
  const rows: RowValue[] = [
    [formLabel('隐患编号'), formField(1, hazard.code), formLabel('当前状态'), formField(1, hazardStateLabels[hazard.state])],
    [formLabel('隐患名称'), formField(3, hazardName(hazard))],
    [formLabel('隐患部位'), formField(3, cleanText(view.location(hazard)))],
    [formLabel('判定依据'), { content: criteria.length > 0 ? criteria : [pendingText], span: 3 }],
    ...parts.map((part) => tallRow([formLabel(part.label), { content: part.lines, span: 3 }], 1.2)),
    [formLabel('编制人'), formField(), formLabel('编制日期'), formField(1, '　　年　　月　　日')],
    [formLabel(`审批（${terms.head}签字）`), formField(), formLabel('审批日期'), formField(1, '　　年　　月　　日')]
  ]
  return [
    formTitle('重大事故隐患治理方案', { pageBreakBefore }),
    ...table({ width: portraitTextWidth, header: false, minRowHeight: formRowHeight, columns: fourColumns, rows }),
    plain({
      text: pending.length > 0 ? `注：标有“${pendingText}”的内容由治理责任人核实补充后，再报${terms.head}审批。` : `注：治理方案经${terms.head}签批后实施，并报教育主管部门备案。`,
      size: 21
    })
  ]
}

/** Values printed on one report form, all empty on the blank form. */
export interface ReportValues {
  name: string
  location: string
  foundOn: string
  foundHow: string
  description: string
  criteria: CellParagraph[]
  planPoints: CellParagraph[]
  responsible: string
  deadline: string
  reportedOn: string
  reportTo: string
}

export function blankReport(reportTo: string): ReportValues {
  return {
    name: '',
    location: '',
    foundOn: '',
    foundHow: '□日常排查 □综合排查 □专项排查 □上级检查 □其他',
    description: '',
    criteria: ['《教育系统重大事故隐患判定指南》第＿＿条：'],
    planPoints: [],
    responsible: '',
    deadline: '',
    reportedOn: '',
    reportTo
  }
}

/** Returns the first lines of the 治理方案, or the measures when it has none: what the bureau reads first. */
function planPoints(hazard: DataHazard): string[] {
  const plan = cleanLines(hazard.governancePlan)
  const lines = plan.length > 0 ? plan : cleanLines(hazard.measures)
  return lines.length > 0 ? lines.slice(0, 4) : [pendingText]
}

export function reportValues(view: HazardView, hazard: DataHazard): ReportValues {
  const criteria = view.criteriaTexts(hazard).map(cleanText)
  return {
    name: hazardName(hazard),
    location: cleanText(view.location(hazard)),
    foundOn: dateText(hazard.foundOn),
    foundHow: view.inspectionType(hazard),
    description: cleanText(hazard.description),
    criteria: criteria.length > 0 ? criteria : [pendingText],
    planPoints: planPoints(hazard),
    responsible: personWithPhone(view, hazard.responsible) || pendingText,
    deadline: hazard.deadline ? dateText(hazard.deadline) : pendingText,
    reportedOn: hazard.reportedOn ? dateText(hazard.reportedOn) : '',
    reportTo: reportToText(view, hazard)
  }
}

/** Writes 重大事故隐患报告表: what the county bureau receives about one hazard, signed by the head and stamped. */
export function reportForm(view: HazardView, values: ReportValues, terms: UnitTerms, pageBreakBefore: boolean): FileChild[] {
  const school = view.data.school
  const rows: RowValue[] = [
    [formLabel(`${terms.unit}名称`), formField(1, cleanText(school.name)), formLabel('县（市、区）'), formField(1, cleanText(school.county))],
    [formLabel('隐患名称'), formField(3, values.name)],
    [formLabel('隐患位置'), formField(3, values.location)],
    [formLabel('发现时间'), formField(1, values.foundOn), formLabel('发现方式'), formField(1, values.foundHow)],
    tallRow([formLabel('隐患描述'), formField(3, values.description)], 1.8),
    tallRow([formLabel('判定依据'), { content: values.criteria, span: 3 }], 1.6),
    tallRow([formLabel('治理方案要点'), { content: values.planPoints, span: 3 }], 2.4),
    [formLabel('责任人及电话'), formField(1, values.responsible), formLabel('计划完成时间'), formField(1, values.deadline)],
    [formLabel('上报日期'), formField(1, values.reportedOn), formLabel('上报单位'), formField(1, values.reportTo)],
    tallRow([formLabel(`${terms.head}签字`), formField(), formLabel('盖章'), formField()], 2.4)
  ]
  return [formTitle('重大事故隐患报告表', { pageBreakBefore }), ...table({ width: portraitTextWidth, header: false, minRowHeight: formRowHeight, columns: fourColumns, rows })]
}
