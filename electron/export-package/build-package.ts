import { createHash } from 'node:crypto'
import { zipSync, type Zippable } from 'fflate'
import { exchangeFormatName, exchangeFormatVersion, type SchoolData } from '../../shared/exchange/school-data'
import { appVersion } from '../app-version'
import type { OutputBuilder } from '../outputs/output-builder'
import type { PackageEntry } from './attachments'
import { separateMapBackground } from '../risk-map/map-data'
import { safeFileName } from '../outputs/write-file'
import type { LedgerCheck } from '../../shared/contract/hazards'
import { localDate } from '../../shared/domain/local-date'
import {
  manifestEntryName,
  packageFormatName,
  packageFormatVersion,
  safeEntryName,
  schoolDataEntryName,
  type ManifestFile,
  type PackageManifest
} from './manifest'

export interface BuiltOutput {
  builder: OutputBuilder
  content: Buffer
}

/** The package's file name in the output folder: <学校名>-双重预防体系导出包-<YYYYMMDD>.zip. */
export function exportPackageFileName(data: SchoolData, now = packageDate(data)): string {
  const day = localDate(now).replaceAll('-', '')
  return `${safeFileName(`${data.school.name.trim() || '学校'}-双重预防体系导出包-${day}`)}.zip`
}

/** The snapshot's time: the documents, the sheets and the package of one run carry one date. */
function packageDate(data: SchoolData): Date {
  const parsed = new Date(data.exportedAt)
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Package folders of the output kinds. */
const outputFolders: Record<OutputBuilder['kind'], string> = { docx: 'documents', xlsx: 'sheets', png: 'images' }

/** The entry name of an output inside the package: documents/<key>.docx, sheets/<key>.xlsx or images/<key>.png. */
export function outputEntryName(builder: OutputBuilder): string {
  const folder = outputFolders[builder.kind]
  const name = `${folder}/${builder.key}.${builder.kind}`
  if (!/^[a-z0-9][a-z0-9-]*$/.test(builder.key) || !safeEntryName.test(name)) {
    throw new Error(`output key "${builder.key}" is not a lower-case ASCII key`)
  }
  return name
}

export interface PackageOptions {
  /** When the package is made; defaults to now. Also the timestamp of every entry. */
  now?: Date
  /** Files carried after the documents and sheets, e.g. training attachments (attachments/<sha256>.<ext>). */
  extraEntries?: readonly PackageEntry[]
  /** The check of the hazard closure chain, recorded in the manifest so `verify` can report a broken one. */
  ledger?: LedgerCheck
}

/**
 * Builds the upload zip: manifest.json first, then data/school.json (the whole school in the exchange
 * format) and the map's plan image when there is one, documents/<key>.docx, sheets/<key>.xlsx and
 * images/<key>.png. JSON is deflated; .docx and .xlsx are zips already and images are compressed already,
 * so they are stored. Every entry but the manifest is listed in it with size and SHA-256.
 */
export async function buildExportPackage(data: SchoolData, outputs: BuiltOutput[], options: PackageOptions = {}): Promise<Buffer> {
  const now = options.now ?? new Date()
  // The map's plan image goes in an entry of its own, so school.json keeps only its name and hash.
  const { data: packagedData, background } = separateMapBackground(data)
  const entries: { path: string; title: string; kind: ManifestFile['kind']; content: Uint8Array }[] = [
    { path: schoolDataEntryName, title: '学校数据（交换格式）', kind: 'json', content: Buffer.from(`${JSON.stringify(packagedData, null, 2)}\n`, 'utf8') },
    ...(background ? [background] : [])
  ]
  const ordered = (['docx', 'xlsx', 'png'] as const).flatMap((kind) => outputs.filter((output) => output.builder.kind === kind))
  for (const { builder, content } of ordered) {
    const path = outputEntryName(builder)
    if (entries.some((entry) => entry.path === path)) throw new Error(`two outputs share the package entry ${path}`)
    entries.push({ path, title: builder.title, kind: builder.kind, content })
  }

  for (const extra of options.extraEntries ?? []) {
    if (!safeEntryName.test(extra.path)) throw new Error(`package entry "${extra.path}" is not a safe ASCII name`)
    if (entries.some((entry) => entry.path === extra.path)) throw new Error(`two files share the package entry ${extra.path}`)
    entries.push(extra)
  }

  const manifest: PackageManifest = {
    format: packageFormatName,
    formatVersion: packageFormatVersion,
    exchangeFormat: { name: exchangeFormatName, version: exchangeFormatVersion },
    school: {
      name: data.school.name,
      county: data.school.county,
      category: data.school.category,
      schoolFileId: data.schoolFileId
    },
    createdAt: now.toISOString(),
    appVersion,
    files: entries.map(({ path, title, kind, content }) => ({ path, title, kind, bytes: content.length, sha256: sha256Hex(content) })),
    ...(options.ledger ? { hazardLedger: options.ledger } : {})
  }

  // Insertion order is entry order: the manifest first, then the files in the order the manifest lists them.
  const zippable: Zippable = {
    [manifestEntryName]: [Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), { level: 6 }]
  }
  for (const entry of entries) zippable[entry.path] = [entry.content, { level: entry.kind === 'json' ? 6 : 0 }]
  return Buffer.from(zipSync(zippable, { mtime: now }))
}
