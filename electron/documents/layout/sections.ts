import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx'
import { fonts, sizes, styleIds } from './styles'
import { cm, landscapeMargins, papers, portraitMargins, type Margins, type Paper } from './units'

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
  /** Paper size; A4 unless given. */
  paper?: Paper
  /** Distance of the footer from the bottom edge in twips; 2.5 cm unless given. Cards with narrow margins set less. */
  footerDistance?: number
}

function pageSection(children: FileChild[], landscape: boolean, options: SectionOptions): ISectionOptions {
  const numbered = options.numbered ?? true
  const margins = options.margins ?? (landscape ? landscapeMargins : portraitMargins)
  const paper = papers[options.paper ?? 'A4']
  return {
    properties: {
      page: {
        size: landscape ? { width: paper.width, height: paper.height, orientation: PageOrientation.LANDSCAPE } : { width: paper.width, height: paper.height },
        margin: { ...margins, header: cm(1.5), footer: options.footerDistance ?? cm(2.5) },
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
