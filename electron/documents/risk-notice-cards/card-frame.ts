import type { FileChild } from 'docx'
import { riskLevelInfo, type RiskLevel } from '../../../shared/domain/levels'
import { plain } from '../layout/paragraphs'
import { fonts } from '../layout/styles'
import { table, type Cell, type Row } from '../layout/tables'
import { levelCell } from '../school/levels'
import type { CardGeometry } from './card-geometry'
import { listParagraphs, type FittedList } from './card-lists'

/** A short labelled value of a card; `level` marks the cell that shows the risk level in its colour. */
export interface CardFact {
  label: string
  value: string
  level?: { level: RiskLevel | undefined }
}

/** Everything one card prints, already chosen and fitted; the frame only lays it out. */
export interface CardModel {
  /** 岗位风险告知卡 or 安全风险告知卡. */
  heading: string
  level: RiskLevel | undefined
  /** Rows of two facts above the lists (name and level, area and type …). */
  facts: [CardFact, CardFact][]
  lists: FittedList[]
  /** Lines of the 应急电话 row. */
  phones: string[]
  /** Rows of two facts under the phones (owner, phone, date). */
  closing: [CardFact, CardFact][]
  qr?: { text: string; png: Buffer }
  signature: string
}

export const qrCaption = '扫码查看本卡内容'

/** The printed values of fact rows, for working out how many lines they wrap to. */
export function factTexts(rows: readonly [CardFact, CardFact][]): [string, string][] {
  const text = (fact: CardFact) => (fact.level ? (fact.level.level ? riskLevelInfo[fact.level.level].word : '未评价') : fact.value || '—')
  return rows.map(([left, right]) => [text(left), text(right)])
}

const labelFill = 'F2F2F2'
const ungradedFill = 'D9D9D9'

function label(text: string, geometry: CardGeometry): Cell {
  return { content: [[{ text, font: fonts.hei, bold: true, size: geometry.textSize }]], fill: labelFill, align: 'center' }
}

function value(paragraphs: readonly string[], geometry: CardGeometry, span = 1): Cell {
  return { content: paragraphs.map((text) => [{ text, size: geometry.textSize }]), span }
}

/** Builds the level cell in card type, filled with the level colour and carrying the word. */
function levelValue(level: RiskLevel | undefined, geometry: CardGeometry): Cell {
  const cell = levelCell(level)
  const text = level ? riskLevelInfo[level].word : '未评价'
  return { ...cell, content: [[{ text, size: geometry.textSize, bold: true, color: cell.color }]] }
}

function factCells(fact: CardFact, geometry: CardGeometry): Cell[] {
  const shown = fact.level ? levelValue(fact.level.level, geometry) : value([fact.value || '—'], geometry)
  return [label(fact.label, geometry), shown]
}

function factRow([left, right]: [CardFact, CardFact], geometry: CardGeometry): Row {
  return { cells: [...factCells(left, geometry), ...factCells(right, geometry)], minHeight: geometry.rowHeight }
}

/** Builds the coloured band across the top: the heading and, large, the level word on the level colour. */
function band(model: CardModel, geometry: CardGeometry): FileChild[] {
  const info = model.level ? riskLevelInfo[model.level] : undefined
  const color = info?.textRgb ?? '000000'
  const word = info ? `${info.word} · ${info.colourName}` : '尚未评价'
  const row: Row = {
    cells: [
      {
        content: [
          [{ text: model.heading, font: fonts.hei, size: geometry.bandTitleSize, color }],
          [{ text: word, font: fonts.hei, size: geometry.bandWordSize, bold: true, color }]
        ],
        fill: info?.rgb ?? ungradedFill,
        align: 'center'
      }
    ],
    minHeight: geometry.bandHeight
  }
  return table({ width: geometry.textWidth, header: false, columns: [{ header: '', weight: 1 }], rows: [row] })
}

function phonesRow(model: CardModel, geometry: CardGeometry): Row {
  if (!model.qr) return { cells: [label('应急电话', geometry), value(model.phones, geometry, 3)] }
  const qrCell: Cell = {
    content: [[{ text: qrCaption, size: geometry.textSize - 4 }]],
    image: { png: model.qr.png, size: geometry.qrSize, altText: qrCaption },
    align: 'center'
  }
  return { cells: [label('应急电话', geometry), value(model.phones, geometry, 2), qrCell] }
}

/** Builds one card: the band, then the bordered table of facts, lists, phones (with the QR code) and contacts. */
export function renderCard(model: CardModel, geometry: CardGeometry): FileChild[] {
  const rows: Row[] = [
    ...model.facts.map((pair) => factRow(pair, geometry)),
    ...model.lists.map((list) => ({ cells: [label(list.label, geometry), value(listParagraphs(list), geometry, 3)] })),
    phonesRow(model, geometry),
    ...model.closing.map((pair) => factRow(pair, geometry))
  ]
  return [
    ...band(model, geometry),
    ...table({
      width: geometry.textWidth,
      header: false,
      columns: geometry.columnWeights.map((weight) => ({ header: '', weight })),
      rows
    }),
    plain({ text: model.signature, size: geometry.textSize }, { align: 'right' })
  ]
}
