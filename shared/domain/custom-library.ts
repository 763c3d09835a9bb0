import type { RiskPointKind } from './entities'
import type { RiskLibrary } from './library'
import type { FacilityKey, SchoolCategory } from './school'

/**
 * A consultant's custom risk library: entries in the shape of the built-in library, kept in one JSON file
 * in the user's data folder and shared by every school the consultant works on. The built-in library is
 * never changed by it.
 */

/** Every custom key starts with this, so a custom key never equals a built-in one. */
export const customKeyPrefix = 'custom:'

/** Value of the `format` field that marks a file as a custom risk library. */
export const customLibraryFormat = 'school-dual-prevention/custom-risk-library'

/** The file layout this program writes; a file with a higher number was written by a newer version. */
export const customLibraryFormatVersion = 1

export function isCustomKey(key: string | null | undefined): boolean {
  return typeof key === 'string' && key.startsWith(customKeyPrefix)
}

/** The custom library file: the built-in library's fields plus who keeps it and when it last changed. */
export interface CustomRiskLibrary extends RiskLibrary {
  format: typeof customLibraryFormat
  formatVersion: number
  name: string
  author: string
  /** ISO 8601 time of the last change, or '' for a library never saved. */
  updated: string
}

/** One custom point as the 自定义风险库 page lists it. */
export interface CustomLibraryEntry {
  key: string
  name: string
  kind: RiskPointKind
  area: string
  description: string
  categories: SchoolCategory[]
  facilities: FacilityKey[]
  riskCount: number
  measureCount: number
  checkCount: number
}

export interface CustomLibraryInfo {
  name: string
  author: string
  updated: string
  /** Path of the library file, shown so a consultant can back it up. */
  file: string
  entries: CustomLibraryEntry[]
}

/** One problem of an imported file, with the key of the entry it is in (null for the file as a whole). */
export interface CustomLibraryProblem {
  key: string | null
  message: string
}

export interface CustomLibraryImportResult {
  fileName: string
  /** False when the file had problems; then nothing was written. */
  imported: boolean
  added: number
  replaced: number
  /** Entries dropped because the file replaced the whole library (command line --replace only). */
  removed: number
  problems: CustomLibraryProblem[]
}

export interface CustomLibrarySaveResult {
  entry: CustomLibraryEntry
  /** True when an entry with the same key (or, for a point without one, the same name) was replaced. */
  replaced: boolean
}

export interface CustomLibraryExportResult {
  fileName: string
  entries: number
}
