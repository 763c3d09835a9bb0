import type { CardSize } from '../../../shared/domain/notices'
import { levelRank } from '../../../shared/domain/levels'
import { riskPointKindLabels } from '../../../shared/domain/entities'
import { accidentTypeName } from '../../../shared/domain/accident-types'
import { cleanText } from '../layout/text'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'
import { factTexts, type CardFact, type CardModel } from './card-frame'
import type { CardGeometry } from './card-geometry'
import { distinctItems, extraFactLines, fitLists, type CardList } from './card-lists'
import { cardQr, emergencyMeasures, emergencyPhoneLines, levelLine, preventionMeasures, qrPhoneLine, riskListSource, signatureOf } from './card-common'

export const pointCardHeading = '安全风险告知卡'

/** Most items each list of a point card shows. */
const limits: Record<CardSize, { hazards: number; accidents: number; measures: number; emergency: number }> = {
  A4: { hazards: 5, accidents: 8, measures: 8, emergency: 3 },
  A5: { hazards: 4, accidents: 6, measures: 6, emergency: 2 }
}

function fallbackEmergency(index: SchoolIndex): string {
  return `立即停止作业或活动，疏散${index.terms.pupils}到安全地带并报告值班领导；有人员受伤的，拨打120并就地救护`
}

/** Lists what a point card shows, most important first: the point's risks are taken highest level first. */
function pointLists(index: SchoolIndex, point: DataRiskPoint, geometry: CardGeometry): CardList[] {
  const risks = [...point.risks].sort((a, b) => levelRank(a.level) - levelRank(b.level))
  const limit = limits[geometry.size]
  const emergencyFound = emergencyMeasures(risks)
  return [
    { label: '主要危险有害因素', items: distinctItems(risks.map((risk) => risk.hazard)), limit: limit.hazards, source: riskListSource, empty: '尚未辨识危险有害因素。' },
    {
      label: '可能导致的事故',
      items: distinctItems(risks.flatMap((risk) => risk.accidentTypes.map((code) => accidentTypeName(code)))),
      limit: limit.accidents,
      source: riskListSource,
      empty: '—',
      joined: true
    },
    { label: '管控措施', items: preventionMeasures(risks), limit: limit.measures, source: riskListSource, empty: '尚未制定管控措施。', dropRank: 1 },
    {
      label: '应急处置措施',
      items: emergencyFound.length > 0 ? emergencyFound : [fallbackEmergency(index)],
      limit: limit.emergency,
      source: riskListSource,
      empty: '—'
    }
  ]
}

/** Builds the card of one risk point: what is dangerous there, how it is controlled, what to do and whom to call. */
export async function pointCard(index: SchoolIndex, point: DataRiskPoint, geometry: CardGeometry, date: string, withQr: boolean): Promise<CardModel> {
  const level = index.pointLevel(point)
  const owner = index.owner(point.ownerPostId, point.ownerStaffId)
  const lists = pointLists(index, point, geometry)
  const name = cleanText(point.name)
  const code = cleanText(point.code)
  const ownerText = [owner.post, owner.person, owner.phone].filter(Boolean).join(' ')

  const qr = await cardQr(
    {
      heading: pointCardHeading,
      subject: `风险点：${[code, name].filter(Boolean).join(' ')}`,
      level: levelLine(level),
      hazardsLabel: '主要危险',
      hazards: lists[0].items,
      measuresLabel: '管控措施',
      measures: lists[2].items,
      phones: qrPhoneLine(index),
      owner: `责任人：${ownerText || '未指定'}`,
      footer: `${index.schoolName} ${date}`
    },
    withQr
  )

  const facts: [CardFact, CardFact][] = [
    [
      { label: '风险点名称', value: name },
      { label: '风险等级', value: '', level: { level } }
    ],
    [
      { label: '所在区域', value: cleanText(point.area) },
      { label: '风险点类型', value: `${riskPointKindLabels[point.kind]}（${code}）` }
    ]
  ]
  const closing: [CardFact, CardFact][] = [
    [
      { label: '责任岗位', value: owner.post || '未指定' },
      { label: '责任人', value: owner.person || '未指定' }
    ],
    [
      { label: '联系电话', value: owner.phone },
      { label: '告知日期', value: date }
    ]
  ]

  return {
    heading: pointCardHeading,
    level,
    facts,
    lists: fitLists(lists, geometry, extraFactLines(factTexts([...facts, ...closing]), geometry)),
    phones: emergencyPhoneLines(index),
    closing,
    qr,
    signature: signatureOf(index)
  }
}
