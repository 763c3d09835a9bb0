import type { SchoolData } from '../../../shared/exchange/school-data'
import { termPeriod } from '../../../shared/statistics/report-periods'
import { HazardView } from '../../snapshot/hazard-view'
import { calendarTerms } from '../hazard-records/calendar-terms'
import { dateText } from '../hazard-records/hazard-text'
import { analysisLines } from './analysis'
import { reportFigures } from './report-figures'

/**
 * Sums up the term's hazard figures in two sentences for the statistics chapter of the hazard manual: what
 * was found, closed and is still open this term, and where the full report is.
 */
export function termSummarySentences(data: SchoolData): string[] {
  const view = new HazardView(data)
  const figures = reportFigures(data, view, termPeriod(view.today, calendarTerms(data)))
  if (view.hazards.length === 0) {
    return [`截至${dateText(view.today)}，${figures.period.name}尚未登记事故隐患。登记隐患后，软件按上述内容生成《隐患排查治理统计分析报告》。`]
  }
  return [
    `${figures.period.name}统计概况：${analysisLines(figures, '本学期')[0]}`,
    '月度和学期的分项统计、统计图、分析与建议和督办清单见软件生成的《隐患排查治理统计分析报告》，逐项隐患见《隐患排查治理台账》。'
  ]
}
