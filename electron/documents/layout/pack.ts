import { Document, Packer, type ISectionOptions } from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import { cleanText } from './text'
import { documentStyles } from './styles'

export interface DocumentContent {
  /** Document title, also written to the file properties. */
  title: string
  /** School name, written to the file properties as the subject. */
  subject: string
  sections: ISectionOptions[]
}

/**
 * Writes a document to a .docx buffer. The page of every heading is worked out while writing, so the contents
 * list carries its entries and page numbers in the file: WPS does not update fields, and Word then shows them
 * without asking. `guess` lets the layout measure 宋体, 仿宋, 黑体 and 楷体, which are not in its width tables,
 * as the nearest faces it knows.
 */
export async function packDocument(content: DocumentContent): Promise<Buffer> {
  const document = new Document({
    creator: '学校双重预防体系建设助手',
    title: cleanText(content.title),
    subject: cleanText(content.subject),
    styles: documentStyles,
    pageNumbers: estimatePageNumbersWith({ guess: true }),
    sections: content.sections
  })
  return Packer.toBuffer(document)
}
