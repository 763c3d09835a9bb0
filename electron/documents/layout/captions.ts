import type { Paragraph } from 'docx'
import { plain } from './paragraphs'
import { fonts } from './styles'
import { wideSpace } from './text'

/** Numbers the tables of one document (表1, 表2 …) and prints each caption above its table. */
export class TableCaptions {
  private count = 0

  caption(text: string): Paragraph {
    this.count += 1
    return plain({ text: `表${this.count}${wideSpace}${text}`, font: fonts.hei }, { align: 'center', keepNext: true })
  }
}
