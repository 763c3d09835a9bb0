import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx'
import { fonts, sizes, styleIds } from './styles'
import { a4, cm, landscapeMargins, portraitMargins, type Margins } from './units'

/** "— 1 —" centred, in 四号 宋体 as GB/T 9704 numbers pages. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.plain,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.songDigits, size: sizes.footer })]
      })
    ]
  })
}

function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: styleIds.plain, children: [] })] })
}

export interface SectionOptions {
  /** Prints page numbers in the footer. Covers and front matter go without. */
  numbered?: boolean
  /** Starts the page numbers at 1, for the first numbered section after a cover. */
  restartNumbering?: boolean
  margins?: Margins
}

function pageSection(children: FileChild[], landscape: boolean, options: SectionOptions): ISectionOptions {
  const numbered = options.numbered ?? true
  const margins = options.margins ?? (landscape ? landscapeMargins : portraitMargins)
  return {
    properties: {
      page: {
        size: landscape ? { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE } : { width: a4.width, height: a4.height },
        margin: { ...margins, header: cm(1.5), footer: cm(2.5) },
        pageNumbers: options.restartNumbering ? { start: 1 } : undefined
      }
    },
    // Every section names its footer, an empty one when unnumbered, because Word would otherwise carry the
    // previous section's footer over.
    footers: { default: numbered ? pageNumberFooter() : emptyFooter() },
    children
  }
}

export function portraitSection(children: FileChild[], options: SectionOptions = {}): ISectionOptions {
  return pageSection(children, false, options)
}

/** Builds a landscape section for wide tables. docx swaps the page width and height itself. */
export function landscapeSection(children: FileChild[], options: SectionOptions = {}): ISectionOptions {
  return pageSection(children, true, options)
}
