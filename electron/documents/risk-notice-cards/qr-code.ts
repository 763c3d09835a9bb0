import QRCode from 'qrcode'

/**
 * The QR code of a card contains the card's own text as plain UTF-8, so a phone camera shows it without any
 * server. 600 bytes (about 200 Chinese characters, 3 bytes each in UTF-8) at error correction level M make
 * a version 19 symbol of 93 modules; printed 3.2 to 3.8 cm wide, a module is about 0.35 to 0.4 mm, which
 * phone cameras read from a hand's length.
 */
export const qrByteLimit = 600
export const qrErrorCorrection = 'M'
/** Quiet zone in modules, the width the QR standard requires. */
const qrMargin = 4
/** Pixels per module: about 400 dots to the inch at the printed size, so Word's scaling does not blur the modules. */
const qrScale = 6

/** The content of a card's QR code, before it is fitted to the byte limit. */
export interface QrContent {
  heading: string
  /** The card's subject line, e.g. "风险点：FX-01 学生食堂" or "岗位：班主任". */
  subject: string
  /** "风险等级：重大风险（红）". */
  level: string
  hazardsLabel: string
  hazards: readonly string[]
  measuresLabel: string
  measures: readonly string[]
  /** "应急电话：火警119 急救120 报警110 …". */
  phones: string
  /** "责任人：…" with post, names and phone. */
  owner: string
  /** School name and date. */
  footer: string
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function listLine(label: string, items: readonly string[], shown: number): string | undefined {
  if (items.length === 0) return undefined
  const taken = items.slice(0, shown).map((item, position) => `${position + 1}.${item}`)
  const more = shown < items.length ? `${shown === 0 ? '共' : '等'}${items.length}项` : ''
  return `${label}：${taken.join('；')}${more}`
}

function compose(content: QrContent, hazards: number, measures: number, withFooter: boolean): string {
  const lines = [
    content.heading,
    content.subject,
    content.level,
    listLine(content.hazardsLabel, content.hazards, hazards),
    listLine(content.measuresLabel, content.measures, measures),
    content.phones,
    content.owner,
    withFooter ? content.footer : undefined
  ]
  return lines.filter((line): line is string => line !== undefined && line !== '').join('\n')
}

/**
 * Writes the QR text of a card within the byte limit: the fixed lines, then whole hazards and measures taken
 * in turns while they fit, with "等 N 项" where a list is shortened. Drops the footer when even the fixed
 * lines are too long, and returns undefined (no QR code) when they still do not fit.
 */
export function fitQrText(content: QrContent, limit = qrByteLimit): string | undefined {
  const withFooter = utf8Bytes(compose(content, 0, 0, true)) <= limit
  if (!withFooter && utf8Bytes(compose(content, 0, 0, false)) > limit) return undefined

  let hazards = 0
  let measures = 0
  let hazardsOpen = content.hazards.length > 0
  let measuresOpen = content.measures.length > 0
  while (hazardsOpen || measuresOpen) {
    if (hazardsOpen) {
      const fits = hazards < content.hazards.length && utf8Bytes(compose(content, hazards + 1, measures, withFooter)) <= limit
      if (fits) hazards += 1
      else hazardsOpen = false
    }
    if (measuresOpen) {
      const fits = measures < content.measures.length && utf8Bytes(compose(content, hazards, measures + 1, withFooter)) <= limit
      if (fits) measures += 1
      else measuresOpen = false
    }
  }
  return compose(content, hazards, measures, withFooter)
}

/**
 * Draws the QR code of a text as PNG: one byte-mode segment of the UTF-8 bytes (no mixed segments, which
 * some phone readers decode poorly), error correction M.
 */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    type: 'png',
    errorCorrectionLevel: qrErrorCorrection,
    margin: qrMargin,
    scale: qrScale
  })
}
