import { Document, Packer, type ISectionOptions } from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import { measureChineseText } from './measure'
import { cleanText } from './text'
import { documentStyles } from './styles'

export interface DocumentContent {
  /** Document title, also written to the file properties. */
  title: string
  /** School name, written to the file properties as the subject. */
  subject: string
  sections: ISectionOptions[]
  /**
   * Whether the document has a contents list. Only then are its pages laid out to find the page of every
   * heading, which is most of the time it takes to write a manual.
   */
  hasContents: boolean
}

/**
 * Writes a document to a .docx buffer. The page of every heading is worked out while writing, so the contents
 * list carries its entries and page numbers in the file: WPS does not update fields, and Word then shows them
 * without asking. Text is measured with the Chinese faces' own square widths (see measure.ts); `guess` lets the layout
 * go on past anything it cannot lay out exactly as Word does.
 *
 * NOTE: the numbers follow docx's model of Word's layout. LibreOffice with Noto CJK in place of the Chinese
 * Windows fonts puts some headings of the demo school's 130 to 160 page manuals up to two pages off. Word
 * and WPS on a school PC have not been compared yet.
 */
export async function packDocument(content: DocumentContent): Promise<Buffer> {
  return Packer.toBuffer(createDocument(content))
}

/** Creates the document without writing it, so its pages can also be laid out on their own. */
export function createDocument(content: DocumentContent): Document {
  return new Document({
    creator: '学校双重预防体系建设助手',
    title: cleanText(content.title),
    subject: cleanText(content.subject),
    styles: documentStyles,
    pageNumbers: content.hasContents ? estimatePageNumbersWith({ guess: true, measureWidth: measureChineseText }) : undefined,
    sections: content.sections
  })
}
