import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { schoolDataSchema } from '../../shared/exchange/school-data'
import { riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import { openSchoolFile } from '../db/school-file'
import { buildDemoSchool, type DemoSummary } from '../demo/demo-school'
import { buildSmallDemoSchool } from '../demo/small-demo-school'
import { verifyExportPackage } from '../export-package/verify-package'
import { generateOutputs } from '../outputs/generate-outputs'
import type { OutputsResult } from '../../shared/jobs'
import { riskLibraryJsonSchema } from '../resources/resource-schemas'
import { loadSchoolData } from '../snapshot/school-data'
import { importRisks } from './import-risks'
import { library } from './library'
import { verifyLedger } from './verify-ledger'

export interface CommandOptions {
  args: string[]
  out?: string
  school?: string
  port?: string
  json: boolean
  sheet?: string
  dryRun?: boolean
  /** Path of a JSON file with answers to import questions. */
  answers?: string
  /** Path of a JSON file with a column mapping for an import. */
  mapping?: string
  /** The custom risk library file to use instead of the one in the user's data folder. */
  library?: string
  /** `library import`: replace the whole custom library with the file's instead of merging. */
  replace?: boolean
}

export type Command = (options: CommandOptions) => Promise<number>

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

function progressPrinter() {
  let lastStep = ''
  return (percent: number, step: string) => {
    if (step === lastStep) return
    lastStep = step
    print(`  [${String(Math.round(percent)).padStart(3)}%] ${step}`)
  }
}

/** Prints what the outputs page warns about: earlier files that could not be removed and a broken ledger chain. */
function printWarnings(result: OutputsResult): void {
  if (result.leftovers.length > 0) print(`注意：上次生成的 ${result.leftovers.join('、')} 无法删除，可能正被其他程序打开，请关闭后手动删除。`)
  if (result.ledgerWarning) print(`警告：隐患台账校验未通过。${result.ledgerWarning}请用 verify-ledger 命令查看详情，核实后再上报。`)
}

/** Builds a sample school file in a folder, then generates every output of it there. */
function sampleCommand(build: (file: string) => Promise<DemoSummary>, defaultFolder: string, fileName: string): Command {
  return async (options) => {
    const started = performance.now()
    const folder = resolve(options.out ?? defaultFolder)
    mkdirSync(folder, { recursive: true })
    const schoolFile = join(folder, fileName)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${schoolFile}${suffix}`, { force: true })

    print(`正在建立示范学校：${schoolFile}`)
    const summary = await build(schoolFile)
    print(`  ${summary.schoolName}：教职工 ${summary.staff} 人，岗位 ${summary.posts} 个，风险点 ${summary.riskPoints} 个，风险 ${summary.risks} 项，排查项 ${summary.checkItems} 个`)
    print(`  风险等级：${riskLevels.map((level) => `${riskLevelInfo[level].word} ${summary.levels[level]}`).join('，')}`)
    if (summary.term) print(`  本学期排查记录 ${summary.term.inspections} 次，隐患 ${summary.term.hazards} 项（记录截至 ${summary.asOf?.toISOString().slice(0, 10) ?? ''}）`)

    print('正在生成成果文件：')
    const result = await generateOutputs(schoolFile, folder, progressPrinter(), summary.asOf)
    for (const file of result.files) print(`  ${file.name}（${Math.ceil(file.bytes / 1024)} KB）`)
    for (const skipped of result.skipped) print(`  未生成《${skipped.title}》（${skipped.kind}）：${skipped.reason}`)
    printWarnings(result)
    print(`完成，共 ${result.files.length} 个文件，位于 ${folder}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`)
    return 0
  }
}

const demo = sampleCommand(buildDemoSchool, 'out/demo', '示范学校.school')
const demoSmall = sampleCommand(buildSmallDemoSchool, 'out/demo-small', '示范教学点.school')

const outputs: Command = async (options) => {
  const [schoolFile] = options.args
  if (!schoolFile || !options.out) {
    print('用法：npm run cli -- outputs <学校文件> --out <目录>')
    return 2
  }
  const folder = resolve(options.out)
  mkdirSync(folder, { recursive: true })
  const schoolDb = await openSchoolFile(resolve(schoolFile))
  await schoolDb.close()
  const result = await generateOutputs(resolve(schoolFile), folder, progressPrinter())
  for (const file of result.files) print(`  ${file.name}`)
  printWarnings(result)
  print(`完成，共 ${result.files.length} 个文件，位于 ${folder}。`)
  return 0
}

const verify: Command = async (options) => {
  const [file] = options.args
  if (!file) {
    print('用法：npm run cli -- verify <导出包.zip> [--json]')
    return 2
  }
  const report = await verifyExportPackage(resolve(file))
  if (options.json) {
    print(JSON.stringify(report, null, 2))
  } else if (report.ok) {
    print(`导出包完整：${file}`)
    print(`  学校：${report.schoolName}，文件 ${report.entries} 个，全部校验值一致。`)
  } else {
    print(`导出包校验未通过：${file}`)
    for (const problem of report.problems) print(`  - ${problem.message}`)
  }
  return report.ok ? 0 : 1
}

const info: Command = async (options) => {
  const [file] = options.args
  if (!file) {
    print('用法：npm run cli -- info <学校文件>')
    return 2
  }
  const schoolDb = await openSchoolFile(resolve(file))
  try {
    const data = await loadSchoolData(schoolDb.db)
    const risks = data.riskPoints.flatMap((point) => point.risks)
    print(`学校：${data.school.name || '（未填写）'}（${data.school.county} ${data.school.category}）`)
    print(`文件标识：${data.schoolFileId}`)
    print(`教职工 ${data.staff.length} 人，岗位 ${data.posts.length} 个，风险点 ${data.riskPoints.length} 个，风险 ${risks.length} 项，排查项 ${data.checkItems.length} 个`)
  } finally {
    await schoolDb.close()
  }
  return 0
}

const schema: Command = async (options) => {
  const target = resolve(options.out ?? 'docs/exchange-format.schema.json')
  mkdirSync(dirname(target), { recursive: true })
  const jsonSchema = z.toJSONSchema(schoolDataSchema, { target: 'draft-2020-12' })
  writeFileSync(target, `${JSON.stringify({ title: '学校双重预防体系交换格式', ...jsonSchema }, null, 2)}\n`)
  print(`已写出 ${target}`)
  return 0
}

const librarySchema: Command = async (options) => {
  const target = resolve(options.out ?? 'docs/risk-library.schema.json')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, `${JSON.stringify(riskLibraryJsonSchema(), null, 2)}\n`)
  print(`已写出 ${target}`)
  return 0
}

const serve: Command = async (options) => {
  if (!existsSync('out/renderer/index.html')) {
    print('请先运行 npm run build 生成界面文件。')
    return 2
  }
  const { startHarness } = await import('../harness/server')
  const schoolFile = resolve(options.school ?? 'out/harness/测试学校.school')
  const outputFolder = resolve(options.out ?? 'out/harness/成果')
  mkdirSync(dirname(schoolFile), { recursive: true })
  const harness = await startHarness({ schoolFile, outputFolder, port: options.port ? Number(options.port) : 5180 })
  print(`测试服务已启动：${harness.url}  （学校文件 ${schoolFile}，按 Ctrl+C 结束）`)
  await new Promise<void>((resolvePromise) => process.once('SIGINT', () => resolvePromise()))
  await harness.close()
  return 0
}

export const commands: Record<string, Command> = { demo, 'demo-small': demoSmall, outputs, verify, info, schema, 'library-schema': librarySchema, serve, 'import-risks': importRisks, 'verify-ledger': verifyLedger, library }
