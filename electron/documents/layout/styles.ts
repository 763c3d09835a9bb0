import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import { bodyCharacter, pt } from './units'

/**
 * Font slots for the faces every Chinese Windows PC has (方正小标宋 and the _GB2312 faces are missing on most
 * school PCs). Latin letters and digits are set in Times New Roman, as official documents set them. The East
 * Asian slot is always given, because Word otherwise sets Chinese text in the theme font.
 */
export const fonts = {
  fangSong: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' },
  song: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
  hei: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  kai: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '楷体' },
  /** GB/T 9704 page numbers are half-width 宋体 digits. */
  songDigits: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' }
} as const

/** Font sizes in half-points, by their Chinese names. */
export const sizes = {
  /** 小初 */
  coverTitle: 72,
  /** 一号 */
  cardBand: 52,
  /** 二号 */
  title: 44,
  /** 三号: body text and headings */
  body: 32,
  /** 四号 */
  footer: 28,
  /** 小四 */
  card: 24,
  /** 五号 */
  table: 21,
  /** 小五 */
  tableSmall: 18
} as const

/**
 * Body line pitch: exactly 28.95 pt, so the 225 mm text block holds the 22 lines per page of GB/T 9704 and
 * no more. At 28 pt Word fits 22 lines but LibreOffice squeezes in a 23rd, and the page numbers written into
 * the contents would then be wrong there.
 */
export const bodyLine = { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

/** Paragraph style ids, so the document XML carries a style name instead of repeated formatting. */
export const styleIds = {
  body: 'Body',
  plain: 'Plain',
  title: 'DocTitle',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tocTitle: 'TocTitle'
} as const

/** Contents entries in 四号 on a 24 pt pitch, so a manual's two-level contents fits about one page. */
const contentsLine = { line: pt(24), lineRule: LineRuleType.EXACT, before: 0, after: 0 }

const tableParagraph = { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: { firstLine: 0 } }

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: styleIds.body,
    name: '正文（首行缩进）',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * bodyCharacter } }
  },
  {
    id: styleIds.plain,
    name: '正文（无缩进）',
    basedOn: 'Normal',
    paragraph: { alignment: AlignmentType.JUSTIFIED }
  },
  {
    id: styleIds.title,
    name: '文件标题',
    basedOn: 'Normal',
    next: styleIds.body,
    quickFormat: true,
    run: { font: fonts.song, size: sizes.title, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: pt(36), lineRule: LineRuleType.EXACT, before: 0, after: pt(14) } }
  },
  {
    id: styleIds.tocTitle,
    name: '目录标题',
    basedOn: 'Normal',
    run: { font: fonts.hei, size: sizes.body },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { ...bodyLine, after: pt(14) } }
  },
  {
    id: 'TOC1',
    name: 'toc 1',
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: fonts.fangSong, size: sizes.footer },
    paragraph: { spacing: contentsLine }
  },
  {
    id: 'TOC2',
    name: 'toc 2',
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: fonts.fangSong, size: sizes.footer },
    paragraph: { spacing: contentsLine, indent: { left: 2 * pt(14) } }
  },
  {
    id: styleIds.tableText,
    name: '表格文字',
    basedOn: 'Normal',
    run: { font: fonts.song, size: sizes.table },
    paragraph: tableParagraph
  },
  {
    id: styleIds.tableHeader,
    name: '表头文字',
    basedOn: 'Normal',
    run: { font: fonts.hei, size: sizes.table, bold: true },
    paragraph: { ...tableParagraph, alignment: AlignmentType.CENTER }
  }
]

/** The styles of every document: 仿宋 三号 body on a 28 pt grid, 黑体 and 楷体 headings, 宋体 五号 tables. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: fonts.fangSong, size: sizes.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: bodyLine }
    },
    heading1: {
      run: { font: fonts.hei, size: sizes.body, bold: false, color: '000000' },
      paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: bodyLine, indent: { firstLine: 2 * bodyCharacter } }
    },
    heading2: {
      run: { font: fonts.kai, size: sizes.body, bold: false, color: '000000' },
      paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: bodyLine, indent: { firstLine: 2 * bodyCharacter } }
    }
  },
  paragraphStyles
}
