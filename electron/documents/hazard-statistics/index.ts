import type { SchoolData } from '../../../shared/exchange/school-data'
import { monthPeriod, termPeriod } from '../../../shared/statistics/report-periods'
import type { OutputBuilder } from '../../outputs/output-builder'
import { HazardView } from '../../snapshot/hazard-view'
import { calendarTerms } from '../hazard-records/calendar-terms'
import { dateText } from '../hazard-records/hazard-text'
import { TableCaptions } from '../layout/captions'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { body, plain, title } from '../layout/paragraphs'
import { portraitSection } from '../layout/sections'
import { cleanText, wideSpace } from '../layout/text'
import { FigureCaptions, periodReport } from './period-report'
import { reportFigures } from './report-figures'

const documentTitle = '隐患排查治理统计分析报告'

/**
 * Builds 隐患排查治理统计分析报告: the monthly report of the current month and the term report of the current
 * term (from the school calendar), both counted on the day the snapshot was taken, so the same snapshot
 * always prints the same figures.
 */
export async function buildHazardStatistics(data: SchoolData): Promise<Buffer> {
  const view = new HazardView(data)
  const month = reportFigures(data, view, monthPeriod(view.today))
  const term = reportFigures(data, view, termPeriod(view.today, calendarTerms(data)))
  const outline = new Outline()
  const captions = { tables: new TableCaptions(), figures: new FigureCaptions() }
  const schoolName = cleanText(data.school.name) || '（学校名称未填写）'

  return packDocument({
    hasContents: false,
    title: documentTitle,
    subject: schoolName,
    sections: [
      portraitSection([
        title(documentTitle),
        plain(`${schoolName}${wideSpace.repeat(2)}${dateText(view.today)}`, { align: 'center' }),
        body(`本报告由软件按隐患台账、排查记录和培训记录统计生成，包括${month.period.name}的月度统计和${term.period.name}的学期统计，经双重预防工作办公室核对后报分管领导审阅，并按要求报教育主管部门。`),
        ...periodReport(month, outline, captions, { heading: `月度统计（${month.period.name}）`, periodWord: '本月', pageBreakBefore: false }),
        ...periodReport(term, outline, captions, { heading: `学期统计（${term.period.name}）`, periodWord: '本学期', pageBreakBefore: true })
      ])
    ]
  })
}

export const hazardStatistics: OutputBuilder = {
  key: 'hazard-statistics',
  title: documentTitle,
  kind: 'docx',
  build: buildHazardStatistics
}
