import type {
  CustomLibraryExportResult,
  CustomLibraryImportResult,
  CustomLibraryInfo,
  CustomLibrarySaveResult
} from '../domain/custom-library'
import {
  customEntryInput,
  customEntryKeyInput,
  customLibraryTokenInput,
  customMetaInput,
  saveAsCustomInput
} from '../schemas/custom-library-inputs'
import { emptyInput } from '../schemas/inputs'
import { channel } from './channel-def'

/** Channels of the consultant's custom risk library, kept in the user's data folder, not the school file. */

export interface ChosenLibraryFile {
  /** Opaque token for the file chosen in a main-process dialog; the window never sends a path. */
  token: string
  /** The file's name without its folder, for display. */
  fileName: string
}

export const customLibraryChannels = {
  'custom-library:get': channel<CustomLibraryInfo>()(emptyInput),
  'custom-library:save-point': channel<CustomLibrarySaveResult>()(saveAsCustomInput),
  'custom-library:update-entry': channel<CustomLibraryInfo>()(customEntryInput),
  'custom-library:delete-entry': channel<CustomLibraryInfo>()(customEntryKeyInput),
  'custom-library:save-meta': channel<CustomLibraryInfo>()(customMetaInput),
  'custom-library:choose-export': channel<ChosenLibraryFile | null>()(emptyInput),
  'custom-library:export': channel<CustomLibraryExportResult>()(customLibraryTokenInput),
  'custom-library:choose-import': channel<ChosenLibraryFile | null>()(emptyInput),
  'custom-library:import': channel<CustomLibraryImportResult>()(customLibraryTokenInput)
} as const
