import type { SchoolData } from '../../shared/exchange/school-data'
import type { StoredFiles } from './stored-files'

/** One generated document, sheet or picture: built from the school snapshot, written to the output folder and the package. */
export interface OutputBuilder {
  /** ASCII key; the entry name inside the export package (documents/<key>.docx, sheets/<key>.xlsx, images/<key>.png). */
  key: string
  /** Chinese title, also the file name in the output folder. */
  title: string
  kind: 'docx' | 'xlsx' | 'png'
  /**
   * Why this output is not made for this school (e.g. no four-colour map drawn yet), in Chinese for the
   * outputs list; undefined when it is made. Builders without it are always made.
   */
  skipReason?(data: SchoolData): string | undefined
  /** `files` contains the attachments the snapshot names, for the outputs that print photos. */
  build(data: SchoolData, files?: StoredFiles): Promise<Buffer>
}
