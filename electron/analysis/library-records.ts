import analysisRecordsJson from '../../resources/library/analysis-records.json' with { type: 'json' }
import type { LibraryAnalysisRecords } from '../../shared/domain/analysis'

/**
 * The default JHA steps and SCL items of the built-in library points, by library point key. Checked against
 * the library by tests, so the cast only restores the literal types a JSON import widens.
 */
export const libraryAnalysisRecords = analysisRecordsJson as LibraryAnalysisRecords
