import { AlignmentType, HeadingLevel, PageBreak, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { cleanRunText } from './text'
import { fonts, styleIds } from './styles'
import { bodyCharacter } from './units'

type FontSlots = (typeof fonts)[keyof typeof fonts]

export interface RunStyle {
  bold?: boolean
  /** Half-points. */
  size?: number
  font?: FontSlots
  /** RRGGBB. */
  color?: string
}

/**
 * Builds one run of cleaned text, keeping a full-width space at its ends. Feature code writes text through
 * this and the helpers below, never `TextRun` directly.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: cleanRunText(text), bold: style.bold, size: style.size, font: style.font, color: style.color })
}

/** A part of a paragraph: plain text, or text with its own style (a bold label before a value). */
export type Inline = string | ({ text: string } & RunStyle)

function toRuns(parts: readonly Inline[]): ParagraphChild[] {
  return parts.map((part) => (typeof part === 'string' ? run(part) : run(part.text, part)))
}

/** Builds the centred title of a document or a manual's front page (宋体 二号 bold). */
export function title(text: string): Paragraph {
  return new Paragraph({ style: styleIds.title, children: [run(text)] })
}

/** Builds a level-one heading ("一、…", 黑体), listed in the contents. */
export function heading1(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: options.pageBreakBefore, children: [run(text)] })
}

/** Builds a level-two heading ("（一）…", 楷体). */
export function heading2(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: options.pageBreakBefore, children: [run(text)] })
}

/** Builds a body paragraph: 仿宋 三号, first line indented two characters. */
export function body(...parts: Inline[]): Paragraph {
  return new Paragraph({ style: styleIds.body, children: toRuns(parts) })
}

/** Body paragraphs, one per line. */
export function bodyLines(lines: readonly string[]): Paragraph[] {
  return lines.map((line) => body(line))
}

export interface PlainOptions {
  align?: 'left' | 'center' | 'right'
  /** Indent from the side the text is aligned to, in characters of body text. */
  indentCharacters?: number
  /** Keeps the paragraph on the page of the next one (a label above a table). */
  keepNext?: boolean
  pageBreakBefore?: boolean
}

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

/** Builds a paragraph without first-line indent: 主送 lines, signatures, dates, labels above tables. */
export function plain(parts: Inline | Inline[], options: PlainOptions = {}): Paragraph {
  const align = options.align ?? 'left'
  const indentTwips = (options.indentCharacters ?? 0) * bodyCharacter
  const indent = align === 'right' ? { right: indentTwips } : align === 'left' ? { left: indentTwips } : undefined
  return new Paragraph({
    style: styleIds.plain,
    alignment: alignments[align],
    indent,
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    children: toRuns(Array.isArray(parts) ? parts : [parts])
  })
}

/**
 * Builds a line whose label sits at the indent and whose wrapped lines align after the label, as in the 组长 and 成员 lines.
 * `labelCharacters` is the label's width in characters.
 */
export function hangingLine(label: string, text: string, labelCharacters: number): Paragraph {
  return new Paragraph({
    style: styleIds.plain,
    alignment: AlignmentType.LEFT,
    indent: { left: (2 + labelCharacters) * bodyCharacter, hanging: labelCharacters * bodyCharacter },
    children: [run(label), run(text)]
  })
}

/** Builds an empty line on the body grid. */
export function blankLine(): Paragraph {
  return new Paragraph({ style: styleIds.plain, children: [] })
}

export function pageBreak(): Paragraph {
  return new Paragraph({ style: styleIds.plain, children: [new PageBreak()] })
}
