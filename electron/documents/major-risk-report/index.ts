import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { TableCaptions } from '../layout/captions'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { plain, title } from '../layout/paragraphs'
import { portraitSection } from '../layout/sections'
import { wideSpace } from '../layout/text'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { majorListChapter } from './major-list'
import { plansChapter } from './plans'
import { reportFormsChapter } from './report-form'

const documentTitle = '重大风险管控方案及上报表'

/**
 * Builds 重大风险管控方案及上报表, what a school sends the county bureau about its major risks: the list, a
 * control plan per risk and a report form per risk. A school without major risks gets a document that states this
 * and a blank form.
 */
export async function buildMajorRiskReport(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const outline = new Outline()
  const captions = new TableCaptions()
  const majors = index.risksByLevel().filter((entry) => entry.risk.level === 'major')

  return packDocument({
    hasContents: false,
    title: documentTitle,
    subject: index.schoolName,
    sections: [
      portraitSection([
        title(documentTitle),
        plain(`${index.schoolName}${wideSpace.repeat(2)}${snapshotDate(data)}`, { align: 'center' }),
        ...majorListChapter(index, majors, outline, captions),
        ...plansChapter(index, majors, outline),
        ...reportFormsChapter(index, majors, outline)
      ])
    ]
  })
}

export const majorRiskReport: OutputBuilder = {
  key: 'major-risk-report',
  title: documentTitle,
  kind: 'docx',
  build: buildMajorRiskReport
}
