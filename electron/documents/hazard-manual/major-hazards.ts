import type { FileChild } from 'docx'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'

const fourColumns = [
  { header: '', weight: 4 },
  { header: '', weight: 5 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** The parts a 重大事故隐患治理方案 must contain. */
const planParts = ['治理的目标和任务', '采取的方法和措施', '经费和物资的落实', '负责治理的机构和人员', '治理的时限和要求', '安全措施和应急预案']

function planTemplate(index: SchoolIndex): FileChild[] {
  return [
    formTitle('重大事故隐患治理方案', { pageBreakBefore: true }),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel('隐患名称'), formField(3)],
        [formLabel('隐患部位'), formField(), formLabel('判定依据'), formField()],
        ...planParts.map((part) => tallRow([formLabel(part), formField(3)], 1.9)),
        [formLabel('编制人'), formField(), formLabel('编制日期'), formField()],
        [formLabel(`审批（${index.terms.head}签字）`), formField(), formLabel('审批日期'), formField()]
      ]
    })
  ]
}

function reportForm(index: SchoolIndex): FileChild[] {
  const school = index.data.school
  return [
    formTitle('重大事故隐患报告表'),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: fourColumns,
      rows: [
        [formLabel(`${index.terms.unit}名称`), formField(1, index.schoolName), formLabel('县（市、区）'), formField(1, school.county)],
        [formLabel('隐患名称'), formField(3)],
        [formLabel('隐患部位'), formField(3)],
        [formLabel('发现时间'), formField(), formLabel('发现方式'), formField(1, '□日常排查 □综合排查 □专项排查 □上级检查 □其他')],
        [formLabel('判定依据'), formField(3, '《教育系统重大事故隐患判定指南》第＿＿条：')],
        tallRow([formLabel('隐患现状及产生原因'), formField(3)], 2.2),
        tallRow([formLabel('危害程度和整改难易程度分析'), formField(3)], 2.2),
        tallRow([formLabel('治理方案要点'), formField(3)], 2.2),
        tallRow([formLabel('已采取的临时管控措施'), formField(3)], 1.8),
        [formLabel('治理责任人'), formField(), formLabel('计划完成时间'), formField()],
        [formLabel('联系人'), formField(1, cleanText(school.contactName)), formLabel('联系电话'), formField(1, cleanText(school.contactPhone))],
        [formLabel(`${index.terms.head}（签字）`), formField(), formLabel('报告日期'), formField()]
      ]
    })
  ]
}

function procedureLines(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `发现重大事故隐患后，立即停止使用相关场所和设施设备或者采取局部停课等措施，设置警戒区域和警示标志，疏散无关人员，并报告${terms.head}。`,
    `${terms.head}组织判定并确认后，填写重大事故隐患报告表，立即报告县（市、区）教育主管部门，同时抄报有关行业主管部门。`,
    `${terms.head}组织制定治理方案，落实责任、措施、资金、时限和应急预案，按方案实施治理；接受教育主管部门挂牌督办的，按督办要求报告治理进展。`,
    `治理完成后，由${terms.head}组织验收，必要时委托专业机构评估；验收合格的，报县（市、区）教育主管部门申请销号，经同意后恢复使用。`,
    '重大事故隐患从发现到销号的全部资料单独立卷，长期保存。'
  ]
}

/** Writes 重大事故隐患治理: the plan's required parts with a template, the report form and the procedure. */
export function majorHazardsChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  return [
    outline.chapter('重大事故隐患治理', { pageBreakBefore: true }),
    outline.section('治理程序'),
    ...bodyLines(numberLines(procedureLines(index))),
    outline.section('治理方案'),
    body(`重大事故隐患由${index.terms.head}组织制定治理方案，方案应当包括以下内容：`),
    ...bodyLines(numberLines(planParts.map((part) => `${part}；`)).map((line, position) => (position === planParts.length - 1 ? line.replace(/；$/, '。') : line))),
    body(`治理方案经领导小组审定、${index.terms.head}签批后实施，并报县（市、区）教育主管部门备案。治理方案格式见下页。`),
    ...planTemplate(index),
    outline.section('重大事故隐患报告表', { pageBreakBefore: true }),
    ...reportForm(index)
  ]
}
