import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { body, title } from '../layout/paragraphs'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { cardMargins, riskCard } from './card'

const documentTitle = '岗位风险告知卡'

export async function buildRiskNoticeCards(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const date = snapshotDate(data)

  // One section per card, so every card starts on a page of its own without an empty line above the band.
  const sections =
    index.riskPoints.length > 0
      ? index.riskPoints.map((point) => portraitSection(riskCard(index, point, date), { numbered: false, margins: cardMargins }))
      : [
          portraitSection(
            [
              title(documentTitle),
              body(
                `${index.terms.unit}尚未辨识风险点，暂无岗位风险告知卡。完成风险辨识评价后重新生成，每个风险点一张告知卡，列明风险等级、主要危险有害因素、可能导致的事故、管控措施、应急处置措施、应急电话和责任人。`
              )
            ],
            { numbered: false, margins: cardMargins }
          )
        ]

  return packDocument({ title: documentTitle, subject: index.schoolName, sections, hasContents: false })
}

export const riskNoticeCards: OutputBuilder = {
  key: 'risk-notice-cards',
  title: documentTitle,
  kind: 'docx',
  build: buildRiskNoticeCards
}
