import type { ImportPreview, ImportResult } from '../risk-import'
import { riskImportApplyInput, riskImportPreviewInput, riskImportSaveMappingInput } from '../schemas/risk-import-inputs'
import { emptyInput } from '../schemas/inputs'
import { channel } from './channel-def'

/** Channels of the Excel risk-list import. */

export interface ChosenImportFile {
  /** Opaque token for the file chosen in a main-process dialog; later calls name the file by it. */
  token: string
  /** The file's name without its folder, for display. */
  fileName: string
}

export const riskImportChannels = {
  'risk-import:choose-file': channel<ChosenImportFile | null>()(emptyInput),
  'risk-import:preview': channel<ImportPreview>()(riskImportPreviewInput),
  'risk-import:apply': channel<ImportResult>()(riskImportApplyInput),
  'risk-import:save-mapping': channel<void>()(riskImportSaveMappingInput)
} as const
