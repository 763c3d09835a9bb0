import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { LedgerCheck } from '../../shared/contract/hazards'
import type { OutputFile, OutputsResult, SkippedOutput } from '../../shared/jobs'
import type { SchoolData } from '../../shared/exchange/school-data'
import { openSchoolFileReadOnly } from '../db/school-file'
import { documentBuilders } from '../documents'
import { attachmentEntries, type PackageEntry } from '../export-package/attachments'
import { hazardPhotoEntries } from '../export-package/hazard-photos'
import { buildExportPackage, exportPackageFileName } from '../export-package/build-package'
import type { ProgressReporter } from '../jobs/job-registry'
import { ledgerCheckOf, verifyHazardLedger } from '../hazards/ledger-verify'
import { createLogger } from '../logging/logger'
import { loadSchoolData } from '../snapshot/school-data'
import { sheetBuilders } from '../sheets'
import { imageBuilders } from '../risk-map/picture-output'
import type { OutputBuilder } from './output-builder'
import { loadStoredFiles, StoredFiles } from './stored-files'
import { removeStaleOutputs } from './stale-outputs'
import { safeFileName, writeFileAtomic } from './write-file'

const log = createLogger('outputs')

export const outputBuilders: readonly OutputBuilder[] = [...documentBuilders, ...sheetBuilders, ...imageBuilders]

/**
 * The file name of an output in the output folder, numbered in the order the outputs are made so the
 * folder lists them in order. Skipped outputs take no number, so the numbering has no gaps. The numbers
 * stay the same from run to run as long as the same outputs are made.
 */
export function outputFileName(builder: OutputBuilder, position: number): string {
  return `${String(position).padStart(2, '0')} ${safeFileName(builder.title)}.${builder.kind}`
}

export async function readSchoolData(schoolFile: string): Promise<SchoolData> {
  const schoolDb = openSchoolFileReadOnly(schoolFile)
  try {
    return await loadSchoolData(schoolDb.db)
  } finally {
    await schoolDb.close()
  }
}

/** Lists the stored files the snapshot names (training attachments, hazard photos) as package entries. */
export function storedFileEntries(data: SchoolData, files: StoredFiles): PackageEntry[] {
  return [...attachmentEntries(data, files), ...hazardPhotoEntries(data, files)]
}

/**
 * Reads the snapshot, the files it names (training attachments, photos) and the check of the closure chain
 * in one go, so they agree. `now` is the moment the snapshot is taken: the outputs' date and the day
 * overdue and this month are judged on.
 */
export async function readSchoolSnapshot(schoolFile: string, now = new Date()): Promise<{ data: SchoolData; files: StoredFiles; ledger: LedgerCheck }> {
  const schoolDb = openSchoolFileReadOnly(schoolFile)
  try {
    return await schoolDb.db.transaction().execute(async (trx) => ({
      data: await loadSchoolData(trx, now),
      files: await loadStoredFiles(trx),
      ledger: ledgerCheckOf(await verifyHazardLedger(trx))
    }))
  } finally {
    await schoolDb.close()
  }
}

/**
 * Generates every document and sheet of a school snapshot into a folder, then the export package that
 * carries them. Progress goes from 0 to 100; each file is written atomically. `ledger` is the check of the
 * closure chain; a broken chain does not stop the outputs, but the result carries the warning.
 */
export async function generateOutputsFromData(
  data: SchoolData,
  folder: string,
  report: ProgressReporter,
  storedFiles: StoredFiles = StoredFiles.none,
  ledger?: LedgerCheck
): Promise<OutputsResult> {
  const started = performance.now()
  const files: OutputFile[] = []
  const built: { builder: OutputBuilder; content: Buffer }[] = []
  const skipped: SkippedOutput[] = []

  for (const [index, builder] of outputBuilders.entries()) {
    const reason = builder.skipReason?.(data)
    if (reason !== undefined) {
      skipped.push({ title: builder.title, kind: builder.kind, reason })
      continue
    }
    report(5 + (80 * index) / outputBuilders.length, `正在生成《${builder.title}》`)
    const content = await builder.build(data, storedFiles)
    const name = outputFileName(builder, built.length + 1)
    writeFileAtomic(join(folder, name), content)
    built.push({ builder, content })
    files.push({ name, title: builder.title, kind: builder.kind, bytes: content.length })
  }

  report(88, '正在生成上报导出包')
  const packageName = exportPackageFileName(data)
  const zip = await buildExportPackage(data, built, { extraEntries: storedFileEntries(data, storedFiles), ledger })
  writeFileAtomic(join(folder, packageName), zip)
  files.push({ name: packageName, title: '上报导出包', kind: 'zip', bytes: statSync(join(folder, packageName)).size })

  const leftovers = removeStaleOutputs(folder, new Set(files.map((file) => file.name)), outputBuilders)

  const ledgerWarning = ledger && !ledger.ok ? ledger.message : ''
  if (ledgerWarning) log.warn(`outputs of "${data.school.name}" made from a hazard ledger whose closure chain is broken: ${ledgerWarning}`)

  const elapsedMs = Math.round(performance.now() - started)
  log.info(`generated ${files.length} files for "${data.school.name}" in ${folder} (${elapsedMs} ms)`)
  report(100, '完成')
  return { folder, files, skipped, leftovers, ledgerWarning, packageFile: packageName, elapsedMs }
}

export async function generateOutputs(schoolFile: string, folder: string, report: ProgressReporter, now = new Date()): Promise<OutputsResult> {
  report(1, '正在读取学校数据')
  const { data, files, ledger } = await readSchoolSnapshot(schoolFile, now)
  return generateOutputsFromData(data, folder, report, files, ledger)
}
