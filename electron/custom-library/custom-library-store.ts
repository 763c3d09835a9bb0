import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import {
  customLibraryFormat,
  customLibraryFormatVersion,
  type CustomLibraryProblem,
  type CustomRiskLibrary
} from '../../shared/domain/custom-library'
import { AppError } from '../../shared/errors'
import { createLogger } from '../logging/logger'
import { writeFileAtomic } from '../outputs/write-file'
import { customLibrarySchema } from './custom-library-schema'
import { describeLibraryIssues } from './library-problems'

const log = createLogger('custom-library')

/** Largest custom library file read, in bytes; 2,000 entries of the built-in size take about 17 MB. */
export const maxCustomLibraryBytes = 32 * 1024 * 1024

export function emptyCustomLibrary(): CustomRiskLibrary {
  return {
    format: customLibraryFormat,
    formatVersion: customLibraryFormatVersion,
    name: '我的自定义风险库',
    author: '',
    updated: '',
    version: '1',
    riskPoints: []
  }
}

export type ParsedLibrary = { ok: true; library: CustomRiskLibrary } | { ok: false; problems: CustomLibraryProblem[] }

/** Parses the text of a custom library file and reports every problem it has, each with its entry key. */
export function parseCustomLibrary(text: string): ParsedLibrary {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problems: [{ key: null, message: `文件不是有效的 JSON 文本（${(error as Error).message}），请确认选择的是导出的自定义风险库文件。` }] }
  }

  const head = raw as { format?: unknown; formatVersion?: unknown }
  if (raw === null || typeof raw !== 'object' || head.format !== customLibraryFormat) {
    return { ok: false, problems: [{ key: null, message: '文件不是本软件导出的自定义风险库（缺少 format 标识），请选择用“导出”功能生成的文件。' }] }
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > customLibraryFormatVersion) {
    return { ok: false, problems: [{ key: null, message: `文件由更新版本的本软件保存（格式版本 ${head.formatVersion}），请升级本软件后再导入。` }] }
  }

  const parsed = customLibrarySchema.safeParse(raw)
  if (!parsed.success) return { ok: false, problems: describeLibraryIssues(parsed.error, raw) }
  return { ok: true, library: parsed.data as CustomRiskLibrary }
}

/** Reads a custom library file as a list of problems when it cannot be used. */
export function readLibraryFile(file: string): ParsedLibrary {
  if (!existsSync(file)) return { ok: false, problems: [{ key: null, message: `找不到文件“${file}”。` }] }
  const size = statSync(file).size
  if (size > maxCustomLibraryBytes) {
    return { ok: false, problems: [{ key: null, message: `文件有 ${Math.ceil(size / 1024 / 1024)} MB，超过自定义风险库的上限 ${maxCustomLibraryBytes / 1024 / 1024} MB。` }] }
  }
  return parseCustomLibrary(readFileSync(file, 'utf8'))
}

/**
 * Loads the user's custom library; a missing file is an empty library. A file that cannot be used is an
 * error, so no write ever replaces entries the program could not read.
 */
export function loadCustomLibrary(file: string): CustomRiskLibrary {
  if (!existsSync(file)) return emptyCustomLibrary()
  const result = readLibraryFile(file)
  if (!result.ok) {
    log.warn(`custom library ${file} is unusable: ${result.problems[0]?.message ?? ''}`)
    throw new AppError({ code: 'custom-library-damaged', file, detail: result.problems[0]?.message })
  }
  return result.library
}

/**
 * Loads the custom library for the library panel: an unusable file is logged and left out, so the
 * built-in library stays usable (the 自定义风险库 page shows the error).
 */
export function loadCustomLibraryForListing(file: string): CustomRiskLibrary {
  try {
    return loadCustomLibrary(file)
  } catch (error) {
    if (error instanceof AppError) return emptyCustomLibrary()
    throw error
  }
}

export function serialiseCustomLibrary(library: CustomRiskLibrary): Buffer {
  return Buffer.from(`${JSON.stringify(library, null, 2)}\n`, 'utf8')
}

/** Writes the custom library with a new `updated` time; the old file is replaced in one step. */
export function saveCustomLibrary(file: string, library: CustomRiskLibrary, now = new Date()): CustomRiskLibrary {
  const saved = { ...library, updated: now.toISOString() }
  writeFileAtomic(file, serialiseCustomLibrary(saved))
  log.info(`custom library saved to ${basename(file)} with ${saved.riskPoints.length} entries`)
  return saved
}
