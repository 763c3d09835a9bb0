import type { FileChild } from 'docx'
import { majorRiskPlanText, planParagraphs } from '../content/major-risk-plan'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { cleanText } from '../layout/text'
import { pointLabel } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

/** Writes 二、管控方案: a section per major risk with its plan, or a sentence when there is no major risk. */
export function plansChapter(index: SchoolIndex, majors: readonly PlacedRisk[], outline: Outline): FileChild[] {
  if (majors.length === 0) {
    return [
      outline.chapter('管控方案'),
      body(`${index.terms.unit}目前没有重大风险，无需制定重大风险专项管控方案。今后评价出重大风险的，由${index.terms.head}组织制定管控方案，明确管控目标、措施、资金、责任人和完成时限，并按本表格式上报。`)
    ]
  }

  return [
    outline.chapter('管控方案', { pageBreakBefore: true }),
    body(`${index.terms.unit}对每项重大风险制定专项管控方案，经领导小组审定、${index.terms.head}签批后实施。各项方案如下：`),
    ...majors.flatMap((entry) => [
      outline.section(`${pointLabel(entry.point)}：${cleanText(entry.risk.hazard)}`),
      ...planParagraphs(majorRiskPlanText(index, entry))
    ])
  ]
}
