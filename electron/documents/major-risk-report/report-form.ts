import type { FileChild } from 'docx'
import { riskLevelInfo } from '../../../shared/domain/levels'
import { defaultReportTo } from '../../../shared/domain/major-risks'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { majorRiskPlanText, reportToText, responsibleText, storedPlan } from '../content/major-risk-plan'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type RowValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { chineseDate } from '../school/dates'
import { consequenceWithAccidents, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

const fourColumns = [
  { header: '', weight: 4 },
  { header: '', weight: 6 },
  { header: '', weight: 3 },
  { header: '', weight: 5 }
]

/** Values printed on one report form, all empty on the blank form. */
interface FormValues {
  point: string
  description: string
  consequence: string
  score: string
  measures: string[]
  responsible: string
  reportedOn: string
  reportTo: string
}

const blankValues: FormValues = { point: '', description: '', consequence: '', score: '', measures: [], responsible: '', reportedOn: '', reportTo: '' }

function valuesOf(index: SchoolIndex, entry: PlacedRisk): FormValues {
  const plan = storedPlan(index, entry.risk.id)
  const measures = majorRiskPlanText(index, entry).parts.find((part) => part.label === '管控措施')?.lines ?? []
  return {
    point: pointLabel(entry.point),
    description: cleanText(entry.risk.hazard),
    consequence: consequenceWithAccidents(entry.risk.consequence, entry.risk.accidentTypes),
    score: `${scoreText(entry.risk)}，${riskLevelInfo.major.word}（${riskLevelInfo.major.colourName}）`,
    measures: measures.length > 0 ? measures : ['尚未制定管控措施'],
    responsible: responsibleText(index, entry, plan),
    reportedOn: plan?.reportedOn ? chineseDate(plan.reportedOn) : '',
    reportTo: reportToText(index, plan)
  }
}

function formRows(index: SchoolIndex, values: FormValues): RowValue[] {
  const school = index.data.school
  return [
    [formLabel(`${index.terms.unit}名称`), formField(1, index.schoolName), formLabel('县（市、区）'), formField(1, cleanText(school.county))],
    [formLabel('风险点'), formField(3, values.point)],
    tallRow([formLabel('风险描述'), formField(3, values.description)], 1.6),
    tallRow([formLabel('可能导致的后果'), formField(3, values.consequence)], 1.2),
    [formLabel('风险值与等级'), formField(3, values.score)],
    tallRow([formLabel('管控措施'), { content: values.measures, span: 3 }], 3.2),
    [formLabel('责任人及电话'), formField(1, values.responsible), formLabel('上报日期'), formField(1, values.reportedOn)],
    [formLabel('上报单位'), formField(3, values.reportTo)],
    tallRow([formLabel(`${index.terms.unit}负责人签字`), formField(), formLabel('盖章'), formField()], 2.4)
  ]
}

function reportForm(index: SchoolIndex, values: FormValues, pageBreakBefore: boolean): FileChild[] {
  return [
    formTitle('重大风险上报表', { pageBreakBefore }),
    ...table({ width: portraitTextWidth, header: false, minRowHeight: formRowHeight, columns: fourColumns, rows: formRows(index, values) })
  ]
}

/**
 * Writes 三、重大风险上报表: one filled form per major risk, each on its own page, or a blank form to copy when
 * the school has no major risk.
 */
export function reportFormsChapter(index: SchoolIndex, majors: readonly PlacedRisk[], outline: Outline): FileChild[] {
  const heading = outline.chapter('重大风险上报表', { pageBreakBefore: true })
  if (majors.length === 0) {
    const to = reportToText(index, undefined)
    return [
      heading,
      body(`目前没有需要上报的重大风险。今后评价出重大风险的，复印下表逐项填写，经${index.terms.head}签字、加盖公章后报${to}。`),
      ...reportForm(index, { ...blankValues, reportTo: defaultReportTo(index.data.school.county) }, false)
    ]
  }

  const to = reportToText(index, storedPlan(index, majors[0].risk.id))
  return [
    heading,
    body(`每项重大风险填写一份上报表，经${index.terms.head}签字、加盖公章后报${to}。`),
    ...majors.flatMap((entry, position) => reportForm(index, valuesOf(index, entry), position > 0))
  ]
}

