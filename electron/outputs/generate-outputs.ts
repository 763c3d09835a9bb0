import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { OutputFile, OutputsResult } from '../../shared/jobs'
import type { SchoolData } from '../../shared/exchange/school-data'
import { openSchoolFileReadOnly } from '../db/school-file'
import { documentBuilders } from '../documents'
import { buildExportPackage, exportPackageFileName } from '../export-package/build-package'
import type { ProgressReporter } from '../jobs/job-registry'
import { createLogger } from '../logging/logger'
import { loadSchoolData } from '../snapshot/school-data'
import { sheetBuilders } from '../sheets'
import type { OutputBuilder } from './output-builder'
import { safeFileName, writeFileAtomic } from './write-file'

const log = createLogger('outputs')

export const outputBuilders: readonly OutputBuilder[] = [...documentBuilders, ...sheetBuilders]

/** The file name of an output in the output folder, numbered so the folder lists them in order. */
export function outputFileName(builder: OutputBuilder, index: number): string {
  return `${String(index + 1).padStart(2, '0')} ${safeFileName(builder.title)}.${builder.kind}`
}

export async function readSchoolData(schoolFile: string): Promise<SchoolData> {
  const schoolDb = openSchoolFileReadOnly(schoolFile)
  try {
    return await loadSchoolData(schoolDb.db)
  } finally {
    await schoolDb.close()
  }
}

/**
 * Generates every document and sheet of a school snapshot into a folder, then the export package that
 * carries them. Progress goes from 0 to 100; each file is written atomically.
 */
export async function generateOutputsFromData(data: SchoolData, folder: string, report: ProgressReporter): Promise<OutputsResult> {
  const started = performance.now()
  const files: OutputFile[] = []
  const built: { builder: OutputBuilder; content: Buffer }[] = []

  for (const [index, builder] of outputBuilders.entries()) {
    report(5 + (80 * index) / outputBuilders.length, `正在生成《${builder.title}》`)
    const content = await builder.build(data)
    const name = outputFileName(builder, index)
    writeFileAtomic(join(folder, name), content)
    built.push({ builder, content })
    files.push({ name, title: builder.title, kind: builder.kind, bytes: content.length })
  }

  report(88, '正在生成上报导出包')
  const packageName = exportPackageFileName(data)
  const zip = await buildExportPackage(data, built)
  writeFileAtomic(join(folder, packageName), zip)
  files.push({ name: packageName, title: '上报导出包', kind: 'zip', bytes: statSync(join(folder, packageName)).size })

  const elapsedMs = Math.round(performance.now() - started)
  log.info(`generated ${files.length} files for "${data.school.name}" in ${folder} (${elapsedMs} ms)`)
  report(100, '完成')
  return { folder, files, packageFile: packageName, elapsedMs }
}

export async function generateOutputs(schoolFile: string, folder: string, report: ProgressReporter): Promise<OutputsResult> {
  report(1, '正在读取学校数据')
  const data = await readSchoolData(schoolFile)
  return generateOutputsFromData(data, folder, report)
}
