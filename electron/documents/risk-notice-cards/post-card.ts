import { checkFrequencies, checkFrequencyLabels } from '../../../shared/domain/checks'
import { highestLevel, riskLevelInfo } from '../../../shared/domain/levels'
import type { CardSize } from '../../../shared/domain/notices'
import type { ResponsibilityKind } from '../../../shared/domain/posts'
import { cleanText } from '../layout/text'
import type { DataPost, PlacedRisk, SchoolIndex } from '../school/school-index'
import { factTexts, type CardFact, type CardModel } from './card-frame'
import type { CardGeometry } from './card-geometry'
import { cardItem, distinctItems, extraFactLines, fitLists, type CardList } from './card-lists'
import { cardQr, emergencyMeasures, emergencyPhoneLines, levelLine, preventionMeasures, qrPhoneLine, riskListSource, signatureOf } from './card-common'

export const postCardHeading = '岗位风险告知卡'

/** Most items each list of a post card shows. */
const limits: Record<CardSize, { risks: number; duties: number; measures: number; checks: number; emergency: number }> = {
  A4: { risks: 5, duties: 4, measures: 5, checks: 4, emergency: 3 },
  A5: { risks: 4, duties: 3, measures: 4, checks: 3, emergency: 2 }
}

/**
 * Lists the risks a post owns (as the risk's owner, or as the owner of its point when the risk names none) or
 * checks (a check item of one of its measures is the post's), highest level first.
 */
export function postRisks(index: SchoolIndex, post: DataPost): PlacedRisk[] {
  const checkedMeasures = new Set(index.checkItemsOf(post).map((item) => item.measureId).filter((id): id is number => id !== null))
  return index.risksByLevel().filter(({ point, risk }) => {
    const owned = risk.ownerPostId === post.id || (risk.ownerPostId === null && point.ownerPostId === post.id)
    return owned || risk.measures.some((measure) => checkedMeasures.has(measure.id))
  })
}

/** Tells whether a post gets a card: it owns or checks at least one risk, or has check items of its own. */
export function postHasCard(index: SchoolIndex, post: DataPost): boolean {
  return postRisks(index, post).length > 0 || index.checkItemsOf(post).length > 0
}

function responsibilities(post: DataPost, kind: ResponsibilityKind): string[] {
  return post.responsibilities.filter((item) => item.kind === kind).map((item) => item.content)
}

function riskItem({ point, risk }: PlacedRisk): string {
  return `${cardItem(point.name)}：${cardItem(risk.hazard)}（${riskLevelInfo[risk.level].shortWord}）`
}

function postLists(index: SchoolIndex, post: DataPost, risks: PlacedRisk[], geometry: CardGeometry): CardList[] {
  const limit = limits[geometry.size]
  const plainRisks = risks.map((entry) => entry.risk)
  // The most frequent checks are the post's daily routine, so they come first.
  const checks = [...index.checkItemsOf(post)]
    .sort((a, b) => checkFrequencies.indexOf(a.frequency) - checkFrequencies.indexOf(b.frequency))
    .map((item) => `${checkFrequencyLabels[item.frequency]}：${cardItem(item.content)}`)
  const emergency = distinctItems([...responsibilities(post, 'emergency'), ...emergencyMeasures(plainRisks)])
  // Duties that name the risks the post controls come first; the general duties fill in when there are none.
  const duties = distinctItems([...responsibilities(post, 'risk'), ...responsibilities(post, 'duty')])

  return [
    { label: '本岗位主要风险', items: distinctItems(risks.map(riskItem)), limit: limit.risks, source: riskListSource, empty: '本岗位暂无负责管控的风险。' },
    { label: '岗位安全职责', items: duties, limit: limit.duties, source: '全员安全责任清单', empty: '见全员安全责任清单。', dropRank: 1 },
    {
      label: '安全操作要点',
      items: preventionMeasures(plainRisks, (ownerPostId) => ownerPostId === post.id),
      limit: limit.measures,
      source: riskListSource,
      empty: '按本岗位操作规程作业。',
      dropRank: 3
    },
    { label: '隐患排查', items: distinctItems(checks), limit: limit.checks, source: '隐患排查清单', empty: '按学校隐患排查计划参加排查。', dropRank: 2 },
    { label: '应急职责', items: emergency, limit: limit.emergency, source: '全员安全责任清单', empty: '发现险情立即报告值班领导，组织人员撤离到安全地带。' }
  ]
}

/** "冯磊、褚慧" and the first phone among them. */
function holdersOf(index: SchoolIndex, post: DataPost): { names: string; phone: string } {
  const holders = index.holders(post)
  return {
    names: holders.map((person) => cleanText(person.name)).filter(Boolean).join('、'),
    phone: cleanText(holders.find((person) => cleanText(person.phone) !== '')?.phone ?? '')
  }
}

/** Builds the card of one post (两单两卡 in one sheet): its risks, duties, safe practice, checks, emergency duties and phones. */
export async function postCard(index: SchoolIndex, post: DataPost, geometry: CardGeometry, date: string, withQr: boolean): Promise<CardModel> {
  const risks = postRisks(index, post)
  const level = highestLevel(risks.map((entry) => entry.risk.level))
  const lists = postLists(index, post, risks, geometry)
  const name = cleanText(post.name)
  const holders = holdersOf(index, post)

  const qr = await cardQr(
    {
      heading: postCardHeading,
      subject: `岗位：${name}${holders.names ? `（${holders.names}）` : ''}`,
      level: levelLine(level),
      hazardsLabel: '主要风险',
      hazards: lists[0].items,
      measuresLabel: '操作要点',
      measures: lists[2].items,
      phones: qrPhoneLine(index),
      owner: `岗位人员：${[holders.names, holders.phone].filter(Boolean).join(' ') || '未安排'}`,
      footer: `${index.schoolName} ${date}`
    },
    withQr
  )

  const facts: [CardFact, CardFact][] = [
    [
      { label: '岗位名称', value: name },
      { label: '风险等级', value: '', level: { level } }
    ],
    [
      { label: '所在部门', value: cleanText(post.department) },
      { label: '岗位人员', value: holders.names || '未安排' }
    ]
  ]
  const closing: [CardFact, CardFact][] = [
    [
      { label: '联系电话', value: holders.phone },
      { label: '告知日期', value: date }
    ]
  ]

  return {
    heading: postCardHeading,
    level,
    facts,
    lists: fitLists(lists, geometry, extraFactLines(factTexts([...facts, ...closing]), geometry)),
    phones: emergencyPhoneLines(index),
    closing,
    qr,
    signature: signatureOf(index)
  }
}
