import type { FileChild, ISectionOptions } from 'docx'
import { schoolSettingsOf, type SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { body, title } from '../layout/paragraphs'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { cm } from '../layout/units'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { renderCard, type CardModel } from './card-frame'
import { cardGeometries, type CardGeometry } from './card-geometry'
import { pointCard } from './point-card'
import { postCard, postHasCard } from './post-card'

const pointCardsTitle = '安全风险告知卡（按风险点）'
const postCardsTitle = '岗位风险告知卡（按岗位）'

/** One section per card, so every card starts on a page of its own without an empty line above the band. */
function cardSection(children: FileChild[], geometry: CardGeometry): ISectionOptions {
  return portraitSection(children, { numbered: false, margins: geometry.margins, paper: geometry.paper, footerDistance: cm(0.4) })
}

function emptySection(documentTitle: string, text: string, geometry: CardGeometry): ISectionOptions {
  return cardSection([title(documentTitle), body(text)], geometry)
}

function cardSettings(data: SchoolData): { geometry: CardGeometry; withQr: boolean } {
  const { notices } = schoolSettingsOf(data)
  return { geometry: cardGeometries[notices.cardSize], withQr: notices.cardQrCode }
}

async function packCards(documentTitle: string, index: SchoolIndex, cards: CardModel[], geometry: CardGeometry, emptyText: string): Promise<Buffer> {
  const sections = cards.length > 0 ? cards.map((card) => cardSection(renderCard(card, geometry), geometry)) : [emptySection(documentTitle, emptyText, geometry)]
  return packDocument({ title: documentTitle, subject: index.schoolName, sections, hasContents: false })
}

/** Builds one card per risk point, in the card size and with the QR codes the school chose. */
export async function buildPointRiskCards(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const date = snapshotDate(data)
  const { geometry, withQr } = cardSettings(data)
  const cards: CardModel[] = []
  for (const point of index.riskPoints) cards.push(await pointCard(index, point, geometry, date, withQr))
  const emptyText = `${index.terms.unit}尚未辨识风险点，暂无安全风险告知卡。完成风险辨识评价后重新生成，每个风险点一张告知卡，列明风险等级、主要危险有害因素、可能导致的事故、管控措施、应急处置措施、应急电话和责任人。`
  return packCards(pointCardsTitle, index, cards, geometry, emptyText)
}

/** Builds one card per post that owns or checks a risk, in the card size and with the QR codes the school chose. */
export async function buildPostRiskCards(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const date = snapshotDate(data)
  const { geometry, withQr } = cardSettings(data)
  const cards: CardModel[] = []
  for (const post of index.posts.filter((candidate) => postHasCard(index, candidate))) cards.push(await postCard(index, post, geometry, date, withQr))
  const emptyText =
    index.riskPoints.length === 0
      ? `${index.terms.unit}尚未辨识风险点，暂无岗位风险告知卡。完成风险辨识评价并为风险指定责任岗位后重新生成，每个岗位一张告知卡。`
      : `${index.terms.unit}的风险和排查项尚未指定责任岗位，暂无岗位风险告知卡。为风险指定责任岗位后重新生成，每个岗位一张告知卡。`
  return packCards(postCardsTitle, index, cards, geometry, emptyText)
}

export const pointRiskCards: OutputBuilder = {
  key: 'point-risk-cards',
  title: pointCardsTitle,
  kind: 'docx',
  build: buildPointRiskCards
}

export const postRiskCards: OutputBuilder = {
  key: 'post-risk-cards',
  title: postCardsTitle,
  kind: 'docx',
  build: buildPostRiskCards
}
