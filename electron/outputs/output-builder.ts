import type { SchoolData } from '../../shared/exchange/school-data'

/** One generated document or sheet: built from the school snapshot, written to the output folder and the package. */
export interface OutputBuilder {
  /** ASCII key; the entry name inside the export package (documents/<key>.docx, sheets/<key>.xlsx). */
  key: string
  /** Chinese title, also the file name in the output folder. */
  title: string
  kind: 'docx' | 'xlsx'
  build(data: SchoolData): Promise<Buffer>
}
