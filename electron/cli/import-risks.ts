import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { importAnswers, importMapping } from '../../shared/schemas/risk-import-inputs'
import { openSchoolFile } from '../db/school-file'
import { applyRiskImport } from '../risk-import/apply'
import { previewRiskImport, type ImportRequest } from '../risk-import/preview'
import type { Command } from './commands'
import { answerHint, previewLines, questionLines, resultLines } from './import-report'

/** Exit code of an import refused because questions are still open. */
export const questionsOpenExitCode = 3

const usage = '用法：npm run cli -- import-risks <风险清单.xlsx> --school <学校文件> [--sheet 工作表] [--dry-run] [--json] [--answers 回答.json] [--mapping 列对应.json]'

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** Reads a JSON option file and checks it with the channel's schema, so the CLI accepts what the window sends. */
function readOptionFile<T>(file: string, option: string, schema: z.ZodType<T>): T {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(resolve(file), 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') throw new AppError({ code: 'file-not-found', file })
    throw new AppError({ code: 'invalid-input', field: `${option} 文件`, value: basename(file), detail: `不是有效的 JSON（${(error as Error).message}）` })
  }

  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new AppError(appErrorsFromZod(parsed.error)[0] ?? { code: 'invalid-input', field: option })
  return parsed.data
}

export const importRisks: Command = async (options) => {
  const [file] = options.args
  if (!file || !options.school) {
    print(usage)
    return 2
  }

  const request: ImportRequest = {
    file: resolve(file),
    sheet: options.sheet,
    answers: options.answers ? readOptionFile(options.answers, '--answers', importAnswers('--answers')) : undefined,
    mapping: options.mapping ? readOptionFile(options.mapping, '--mapping', importMapping('--mapping')) : undefined
  }

  const schoolDb = await openSchoolFile(resolve(options.school))
  try {
    const preview = await previewRiskImport(schoolDb.db, request)
    if (options.dryRun || preview.questions.length > 0) {
      if (options.json) print(JSON.stringify(preview, null, 2))
      else previewLines(preview).forEach((line) => print(line))
    }
    if (options.dryRun) return 0

    if (preview.questions.length > 0) {
      process.stderr.write(`风险清单未导入，学校文件未作任何改动：还有 ${preview.questions.length} 个问题没有回答。\n`)
      if (options.json) process.stderr.write(`${[...questionLines(preview.questions), answerHint(preview.questions)].join('\n')}\n`)
      return questionsOpenExitCode
    }

    const result = await applyRiskImport(schoolDb.db, request)
    if (options.json) print(JSON.stringify(result, null, 2))
    else resultLines(result).forEach((line) => print(line))
    return 0
  } finally {
    await schoolDb.close()
  }
}
