import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import type { CheckFrequency, CheckMethod, InspectionType } from '../../shared/domain/checks'
import {
  customKeyPrefix,
  isCustomKey,
  type CustomLibraryEntry,
  type CustomLibraryExportResult,
  type CustomLibraryImportResult,
  type CustomLibraryInfo,
  type CustomLibrarySaveResult,
  type CustomRiskLibrary
} from '../../shared/domain/custom-library'
import type { LibraryRiskPoint } from '../../shared/domain/library'
import { AppError } from '../../shared/errors'
import type { CustomEntryInput, CustomMetaInput, SaveAsCustomInput } from '../../shared/schemas/custom-library-inputs'
import { audit, write, type Db } from '../db/transaction'
import { writeFileAtomic } from '../outputs/write-file'
import { listPosts } from '../posts/posts.service'
import { getRiskPoint } from '../risks/risk.repository'
import { customLibrarySchema, maxCustomPoints } from './custom-library-schema'
import { emptyCustomLibrary, loadCustomLibrary, readLibraryFile, saveCustomLibrary, serialiseCustomLibrary } from './custom-library-store'
import { toCustomPoint, type SchoolCheck } from './from-school-point'
import { describeLibraryIssues } from './library-problems'

/** The custom library: list, save a school point into it, edit, delete, export and import. */

function toEntry(point: LibraryRiskPoint): CustomLibraryEntry {
  const measures = point.risks.flatMap((risk) => risk.measures)
  return {
    key: point.key,
    name: point.name,
    kind: point.kind,
    area: point.area,
    description: point.description,
    categories: point.appliesTo.categories,
    facilities: point.appliesTo.facilities,
    riskCount: point.risks.length,
    measureCount: measures.length,
    checkCount: measures.filter((measure) => measure.check).length
  }
}

function toInfo(file: string, library: CustomRiskLibrary): CustomLibraryInfo {
  return { name: library.name, author: library.author, updated: library.updated, file, entries: library.riskPoints.map(toEntry) }
}

export function getCustomLibraryInfo(file: string): CustomLibraryInfo {
  return toInfo(file, loadCustomLibrary(file))
}

/** Makes a new custom key unused in `library`: the prefix and up to 10 random base-36 characters (about 51 bits). */
function newCustomKey(library: CustomRiskLibrary): string {
  const used = new Set(library.riskPoints.map((point) => point.key))
  for (;;) {
    const random = BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36).slice(0, 10)
    const key = `${customKeyPrefix}${random}`
    if (!used.has(key)) return key
  }
}

/** Checks a library before it is written, so the file always passes its own schema on the next read. */
function assertValid(library: CustomRiskLibrary): void {
  const parsed = customLibrarySchema.safeParse(library)
  if (parsed.success) return
  const [first] = describeLibraryIssues(parsed.error, library)
  throw new AppError({ code: 'invalid-input', field: '自定义风险库条目', detail: first?.message ?? '' })
}

function withPoint(library: CustomRiskLibrary, point: LibraryRiskPoint): { library: CustomRiskLibrary; replaced: boolean } {
  const index = library.riskPoints.findIndex((candidate) => candidate.key === point.key)
  if (index < 0) return { library: { ...library, riskPoints: [...library.riskPoints, point] }, replaced: false }
  const riskPoints = [...library.riskPoints]
  riskPoints[index] = point
  return { library: { ...library, riskPoints }, replaced: true }
}

async function schoolChecks(db: Db, riskPointId: number): Promise<SchoolCheck[]> {
  const rows = await db
    .selectFrom('check_item')
    .select(['measure_id', 'content', 'standard', 'method', 'inspection_type', 'frequency', 'responsible_post_id'])
    .where('risk_point_id', '=', riskPointId)
    .where('dismissed', '=', 0)
    .where('measure_id', 'is not', null)
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    measureId: row.measure_id as number,
    content: row.content,
    standard: row.standard,
    method: row.method as CheckMethod,
    inspectionType: row.inspection_type as InspectionType,
    frequency: row.frequency as CheckFrequency,
    responsiblePostId: row.responsible_post_id
  }))
}

/**
 * Copies a school's risk point, with its risks, measures and check items, into the custom library.
 * A point that came from the custom library keeps its key. Otherwise an entry of the same name is
 * replaced, or a new key is made. A point the school wrote itself is then linked to the entry, so saving
 * it again updates the same entry and the library panel shows it as added.
 */
export async function saveSchoolPointAsCustom(db: Db, file: string, input: SaveAsCustomInput): Promise<CustomLibrarySaveResult> {
  const point = await getRiskPoint(db, input.riskPointId)
  if (point.risks.length === 0) throw new AppError({ code: 'custom-entry-no-risks', value: point.name })

  const current = loadCustomLibrary(file)
  const sameName = current.riskPoints.find((candidate) => candidate.name === input.name)
  const key = isCustomKey(point.libraryKey) ? (point.libraryKey as string) : (sameName?.key ?? newCustomKey(current))
  const entry = toCustomPoint(point, await schoolChecks(db, point.id), await listPosts(db), {
    key,
    name: input.name,
    appliesTo: { categories: input.categories, facilities: input.facilities }
  })
  const { library, replaced } = withPoint(current, entry)
  assertValid(library)

  // The library file is written inside the transaction, so a failed write also leaves the school unlinked.
  await write(db, async (trx) => {
    if (point.libraryKey === null) {
      await trx.updateTable('risk_point').set({ library_key: key }).where('id', '=', point.id).execute()
      await audit(trx, { entity: 'risk_point', entityId: point.id, action: 'update', before: { libraryKey: null }, after: { libraryKey: key } })
    }
    saveCustomLibrary(file, library)
  })
  return { entry: toEntry(entry), replaced }
}

function findIndex(library: CustomRiskLibrary, key: string): number {
  const index = library.riskPoints.findIndex((point) => point.key === key)
  if (index < 0) throw new AppError({ code: 'not-found', field: '自定义风险库条目', detail: key })
  return index
}

/** Changes an entry's name, area, description and applicability; its risks stay as they are. */
export function updateCustomEntry(file: string, input: CustomEntryInput): CustomLibraryInfo {
  const library = loadCustomLibrary(file)
  const index = findIndex(library, input.key)
  const riskPoints = [...library.riskPoints]
  riskPoints[index] = {
    ...riskPoints[index],
    name: input.name,
    area: input.area,
    description: input.description,
    appliesTo: { categories: input.categories, facilities: input.facilities }
  }
  const next = { ...library, riskPoints }
  assertValid(next)
  return toInfo(file, saveCustomLibrary(file, next))
}

export function deleteCustomEntry(file: string, key: string): CustomLibraryInfo {
  const library = loadCustomLibrary(file)
  const index = findIndex(library, key)
  const next = { ...library, riskPoints: library.riskPoints.filter((_point, position) => position !== index) }
  return toInfo(file, saveCustomLibrary(file, next))
}

export function saveCustomLibraryMeta(file: string, input: CustomMetaInput): CustomLibraryInfo {
  const next = { ...loadCustomLibrary(file), name: input.name, author: input.author }
  assertValid(next)
  return toInfo(file, saveCustomLibrary(file, next))
}

/** Writes the whole custom library to `target`, a file chosen in a dialog, to hand to another computer. */
export function exportCustomLibrary(file: string, target: string): CustomLibraryExportResult {
  const library = loadCustomLibrary(file)
  writeFileAtomic(target, serialiseCustomLibrary(library))
  return { fileName: basename(target), entries: library.riskPoints.length }
}

export interface ImportOptions {
  /** Replace the whole library with the file's (the command line's --replace); otherwise merge. */
  replaceAll?: boolean
}

/**
 * Imports a custom library file. The file is checked first and every problem reported with its entry
 * key; a file with any problem changes nothing. Otherwise it is merged without questions: an entry whose
 * key exists replaces it, a new key is added. With `replaceAll` the file's library replaces the current
 * one, which also recovers from a damaged library file.
 */
export function importCustomLibrary(file: string, source: string, options: ImportOptions = {}): CustomLibraryImportResult {
  const fileName = basename(source)
  const parsed = readLibraryFile(source)
  if (!parsed.ok) return { fileName, imported: false, added: 0, replaced: 0, removed: 0, problems: parsed.problems }

  const incoming = parsed.library
  const current = options.replaceAll ? null : loadCustomLibrary(file)
  const currentKeys = new Set((current ?? loadExistingKeysQuietly(file)).riskPoints.map((point) => point.key))
  const replaced = incoming.riskPoints.filter((point) => currentKeys.has(point.key)).length
  const incomingKeys = new Set(incoming.riskPoints.map((point) => point.key))

  let next: CustomRiskLibrary
  if (current) {
    next = incoming.riskPoints.reduce((library, point) => withPoint(library, point).library, current)
  } else {
    next = { ...emptyCustomLibrary(), name: incoming.name, author: incoming.author, riskPoints: incoming.riskPoints }
  }

  if (next.riskPoints.length > maxCustomPoints) {
    const message = `导入后自定义风险库将有 ${next.riskPoints.length} 个条目，超过上限 ${maxCustomPoints} 个。请先删除不用的条目。`
    return { fileName, imported: false, added: 0, replaced: 0, removed: 0, problems: [{ key: null, message }] }
  }

  saveCustomLibrary(file, next)
  const removed = current ? 0 : [...currentKeys].filter((key) => !incomingKeys.has(key)).length
  return { fileName, imported: true, added: incoming.riskPoints.length - replaced, replaced, removed, problems: [] }
}

/** Loads the current library to count what a full replacement removes; an unreadable file counts as empty. */
function loadExistingKeysQuietly(file: string): CustomRiskLibrary {
  try {
    return loadCustomLibrary(file)
  } catch {
    return emptyCustomLibrary()
  }
}

/** Returns the custom points for a list of library keys, reading the file only when a key is custom. */
export function customPointsFor(file: string, keys: readonly string[]): LibraryRiskPoint[] {
  return keys.some((key) => isCustomKey(key)) ? loadCustomLibrary(file).riskPoints : []
}
