import type { Paragraph } from 'docx'
import { chineseNumeral } from './numbering'
import { heading1, heading2 } from './paragraphs'

/**
 * Numbers the headings of one document as official documents do: chapters "一、", "二、" and, inside each
 * chapter, sections "（一）", "（二）" that start again at every chapter.
 */
export class Outline {
  private chapters = 0
  private sections = 0

  chapter(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
    this.chapters += 1
    this.sections = 0
    return heading1(`${chineseNumeral(this.chapters)}、${text}`, options)
  }

  section(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
    this.sections += 1
    return heading2(`（${chineseNumeral(this.sections)}）${text}`, options)
  }
}
