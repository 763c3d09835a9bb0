import { AlignmentType, LineRuleType, Paragraph, TableOfContents, type FileChild } from 'docx'
import { pageBreak, plain, run, title } from './paragraphs'
import { bodyLines } from './paragraphs'
import { fonts, sizes, styleIds } from './styles'
import { pt } from './units'

export interface CoverOptions {
  schoolName: string
  documentTitle: string
  date: string
  /** 版本号, e.g. 第1版. */
  edition: string
  /** Half-points of the title; 小初 unless a long title needs less to stay on one line. */
  titleSize?: number
}

/** Builds a centred cover line with its own line height, as the large sizes do not fit the body's line pitch. */
function coverLine(text: string, size: number, spaceBefore: number): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: spaceBefore, after: 0 },
    children: [run(text, { font: fonts.song, size, bold: true })]
  })
}

/** Builds a "label：value" line of the cover's sign-off block, indented to sit under the title. */
function signOffLine(label: string, value: string): Paragraph {
  return plain([label, value], { indentCharacters: 6 })
}

/**
 * Builds the cover of a manual: school, title, 编制单位, blank 编制/审核/批准 lines to sign by hand, date and
 * edition. Its section prints no page number.
 */
export function coverPage(options: CoverOptions): FileChild[] {
  const blank = '＿＿＿＿＿＿＿＿＿＿'
  return [
    coverLine(options.schoolName, sizes.cardBand, pt(120)),
    coverLine(options.documentTitle, options.titleSize ?? sizes.coverTitle, pt(48)),
    new Paragraph({ style: styleIds.plain, spacing: { before: pt(150), after: 0 }, children: [] }),
    signOffLine('编制单位：', options.schoolName),
    signOffLine('编　　制：', blank),
    signOffLine('审　　核：', blank),
    signOffLine('批　　准：', blank),
    signOffLine('发布日期：', options.date),
    signOffLine('版 本 号：', options.edition)
  ]
}

export interface ReleaseOrderOptions {
  paragraphs: string[]
  /** "校长：李文博" or "园长：…". */
  signer: string
  date: string
}

/** Builds the 发布令, the head's order putting the manual into force, on a page of its own. */
export function releaseOrder(options: ReleaseOrderOptions): FileChild[] {
  return [
    title('发　布　令'),
    ...bodyLines(options.paragraphs),
    plain('', {}),
    plain(options.signer, { align: 'right', indentCharacters: 4 }),
    plain(options.date, { align: 'right', indentCharacters: 4 }),
    pageBreak()
  ]
}

/**
 * Builds the contents page. docx writes an entry for every heading of levels 1 to `levels`, with the page number
 * the layout works out, so the list shows in WPS and in Word before any field update.
 */
export function contentsPage(levels: 1 | 2): FileChild[] {
  return [
    new Paragraph({ style: styleIds.tocTitle, children: [run('目　　录')] }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: `1-${levels}` })
  ]
}
