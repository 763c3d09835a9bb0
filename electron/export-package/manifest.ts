import { z } from 'zod'

/**
 * manifest.json of the export package: what the package is, whose it is, and every other entry with its
 * size and SHA-256. docs/export-package.md describes it for people; this schema is what the verifier checks.
 */
export const packageFormatName = 'school-dual-prevention-package'
/**
 * Version 2 added the entry kinds png (the four-colour map's picture and a PNG plan image), jpeg (a JPEG plan
 * image) and attachment (training attachments). A version-1 verifier rejects those kinds, so it is told to
 * upgrade instead; version-1 packages read as before.
 */
export const packageFormatVersion = 2

export const manifestEntryName = 'manifest.json'
export const schoolDataEntryName = 'data/school.json'

/** Limits the verifier enforces from the central directory before it inflates anything. */
export const packageLimits = {
  /** Entries of one package; hazard photos and training attachments are one entry each. */
  maxEntries: 10_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  /** manifest.json is read into memory; a listed file takes about 250 bytes, so 4 MiB holds maxEntries of them. */
  maxManifestBytes: 4 * 1024 * 1024
} as const

/**
 * An entry name inside the package: ASCII letters, digits, `.`, `_` and `-` in segments separated by `/`,
 * no segment starting with a dot (so no `..`), no leading slash, no backslash, no drive letter.
 */
export const safeEntryName = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/

export const fileKinds = ['json', 'docx', 'xlsx', 'png', 'jpeg', 'attachment'] as const
export type FileKind = (typeof fileKinds)[number]

export const manifestFileSchema = z.object({
  path: z.string().regex(safeEntryName).max(200),
  title: z.string().max(200),
  kind: z.enum(fileKinds),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})

export const manifestSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  exchangeFormat: z.object({ name: z.string(), version: z.number().int() }),
  school: z.object({
    name: z.string(),
    county: z.string(),
    category: z.string(),
    schoolFileId: z.string()
  }),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(manifestFileSchema).max(packageLimits.maxEntries),
  /**
   * The check of the school file's hazard closure chain when the package was built. Optional, so packages
   * from before the check still verify; `ok: false` means a closed hazard was changed after its 销号.
   */
  hazardLedger: z.object({ ok: z.boolean(), closures: z.number().int().nonnegative(), message: z.string().max(2000) }).optional()
})

export type PackageManifest = z.infer<typeof manifestSchema>
export type ManifestFile = z.infer<typeof manifestFileSchema>
