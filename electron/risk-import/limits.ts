/**
 * Limits of the risk-list import. A school's risk list is a few hundred rows and well under 1 MB, so
 * the limits leave wide room for it. They stop a huge or hostile file before exceljs builds it,
 * because exceljs 4.4 `xlsx.load` keeps the whole workbook in memory, every merged cell included.
 */
export const importLimits = {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Entries in the zip's central directory; a workbook has a few dozen. */
  maxEntries: 2_000,
  /** Uncompressed size of one entry, as declared in the central directory. */
  maxEntryBytes: 100 * 1024 * 1024,
  /** Uncompressed size of all entries together. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Compression ratio above which an entry larger than `ratioCheckFromBytes` counts as a zip bomb. */
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1024 * 1024,
  /** `<row>` elements of one worksheet. */
  maxRows: 20_000,
  /** Cells covered by the merged ranges of one worksheet; exceljs creates an object for every one. */
  maxMergedCells: 2_000_000,
  /** Columns read from a sheet; a risk list has about 10 to 30. */
  maxColumns: 100,
  /** Rows searched for the header, from the top of the sheet. */
  headerSearchRows: 40
} as const

export type ImportLimits = { readonly [Key in keyof typeof importLimits]: number }
