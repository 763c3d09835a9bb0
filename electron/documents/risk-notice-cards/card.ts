import type { FileChild } from 'docx'
import { riskLevelInfo, type RiskLevel } from '../../../shared/domain/levels'
import { riskPointKindLabels } from '../../../shared/domain/entities'
import { plain } from '../layout/paragraphs'
import { fonts, sizes } from '../layout/styles'
import { table, type Cell, type CellValue, type Row } from '../layout/tables'
import { cleanText, wideSpace } from '../layout/text'
import { cm } from '../layout/units'
import { levelCell } from '../school/levels'
import { dutyPhone } from '../school/phones'
import { pointAccidentNames } from '../school/risk-text'
import type { DataRiskPoint, SchoolIndex } from '../school/school-index'
import { cardLists } from './card-content'

/** Cards are wall notices, not official documents: 2.5 cm margins all round leave room for the lists. */
export const cardMargins = { top: cm(2.5), bottom: cm(2.5), left: cm(2.5), right: cm(2.5) }
export const cardTextWidth = 11906 - cardMargins.left - cardMargins.right

const labelFill = 'F2F2F2'
const ungradedFill = 'D9D9D9'

function label(text: string): Cell {
  return { content: [[{ text, font: fonts.hei, bold: true, size: sizes.card }]], fill: labelFill, align: 'center' }
}

function value(content: string | string[], span = 1): Cell {
  const paragraphs = typeof content === 'string' ? [content] : content
  return { content: paragraphs.map((text) => [{ text, size: sizes.card }]), span }
}

function emergencyPhones(index: SchoolIndex): string {
  const duty = dutyPhone(index) || '（待公布）'
  return ['火警 119', '急救 120', '报警 110', `${index.terms.unit}值班电话 ${duty}`].join(wideSpace)
}

function numbered(items: readonly string[]): string[] {
  return items.map((item, position) => `${position + 1}. ${item}。`)
}

/** Builds the coloured band across the top: the card's name and the level word in large type on the level colour. */
function band(index: SchoolIndex, point: DataRiskPoint): FileChild[] {
  const level = index.pointLevel(point)
  const info = level ? riskLevelInfo[level] : undefined
  const fill = info?.rgb ?? ungradedFill
  const color = info?.textRgb ?? '000000'
  const word = info ? `${info.word} · ${info.colourName}` : '尚未评价'
  const row: Row = {
    cells: [
      {
        content: [
          [{ text: '岗位风险告知卡', font: fonts.hei, size: sizes.title, color }],
          [{ text: word, font: fonts.hei, size: sizes.cardBand, bold: true, color }]
        ],
        fill,
        align: 'center'
      }
    ],
    minHeight: cm(2.6)
  }
  return table({ width: cardTextWidth, header: false, columns: [{ header: '', weight: 1 }], rows: [row] })
}

/** Builds the level cell in card type size, filled with the level colour and carrying the word. */
function levelValue(level: RiskLevel | undefined): Cell {
  const cell = levelCell(level)
  const text = level ? riskLevelInfo[level].word : '未评价'
  return { ...cell, content: [[{ text, size: sizes.card, bold: true, color: cell.color }]] }
}

function cardRows(index: SchoolIndex, point: DataRiskPoint, date: string): CellValue[][] {
  const level = index.pointLevel(point)
  const owner = index.owner(point.ownerPostId, point.ownerStaffId)
  const lists = cardLists(point, `立即停止作业或活动，疏散${index.terms.pupils}到安全地带并报告值班领导；有人员受伤的，拨打120并就地救护`)
  const none = (text: string): string[] => [text]

  return [
    [label('风险点名称'), value(cleanText(point.name)), label('风险等级'), levelValue(level)],
    [label('所在区域'), value(cleanText(point.area) || '—'), label('风险点类型'), value(`${riskPointKindLabels[point.kind]}（${cleanText(point.code)}）`)],
    [label('主要危险有害因素'), value(lists.hazards.length > 0 ? numbered(lists.hazards) : none('尚未辨识危险有害因素'), 3)],
    [label('可能导致的事故'), value(pointAccidentNames(point) || '—', 3)],
    [label('管控措施'), value(lists.measures.length > 0 ? numbered(lists.measures) : none('尚未制定管控措施'), 3)],
    [label('应急处置措施'), value(numbered(lists.emergency), 3)],
    [label('应急电话'), value(emergencyPhones(index), 3)],
    [label('责任岗位'), value(owner.post || '未指定'), label('责任人'), value(owner.person || '未指定')],
    [label('联系电话'), value(owner.phone || '—'), label('告知日期'), value(date)]
  ]
}

/** Builds one card: the band, then the bordered table of the point's risks, controls and contacts. */
export function riskCard(index: SchoolIndex, point: DataRiskPoint, date: string): FileChild[] {
  return [
    ...band(index, point),
    ...table({
      width: cardTextWidth,
      header: false,
      minRowHeight: cm(0.8),
      columns: [
        // The first label column fits 主要危险有害因素 (8 characters of 小四) on one line, the second 风险点类型.
        { header: '', weight: 6.5 },
        { header: '', weight: 9 },
        { header: '', weight: 4.5 },
        { header: '', weight: 7 }
      ],
      rows: cardRows(index, point, date)
    }),
    plain({ text: [index.schoolName, '双重预防工作办公室'].join(wideSpace), size: sizes.card }, { align: 'right' })
  ]
}
