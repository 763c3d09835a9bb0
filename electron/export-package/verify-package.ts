import { createHash } from 'node:crypto'
import { open as openFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import yauzl from 'yauzl'
import { hazardPhotoProblems } from './hazard-photos'
import { attachmentProblems } from './attachments'
import { exchangeFormatName, exchangeFormatVersion, schoolDataSchema, type SchoolData } from '../../shared/exchange/school-data'
import {
  manifestEntryName,
  manifestSchema,
  packageFormatName,
  packageFormatVersion,
  packageLimits,
  schoolDataEntryName,
  type PackageManifest
} from './manifest'

/**
 * Checks an export package without extracting anything to disk. It reads the central directory first and
 * judges every entry from it (names, links, duplicates, sizes, compression ratio) before inflating a
 * byte; then it reads the manifest, streams every listed file through SHA-256 with a byte cap, and
 * validates data/school.json against the exchange format. Every problem is reported, not only the first.
 */

export interface PackageProblem {
  /** Stable kebab-case code, e.g. `entry-name-parent`, `file-hash-mismatch`. */
  code: string
  /** The entry the problem is about, as printable text (control characters escaped). */
  entry?: string
  /** Chinese sentence naming the package or entry and what is wrong. */
  message: string
}

export interface VerifyReport {
  ok: boolean
  file: string
  schoolName: string
  /** Entries in the zip's central directory. */
  entries: number
  problems: PackageProblem[]
  /** From the manifest, when it could be read. */
  schoolFileId?: string
  createdAt?: string
  appVersion?: string
  files?: { path: string; title: string; kind: string; bytes: number }[]
}

export type PackageLimits = typeof packageLimits

interface ScannedEntry {
  entry: yauzl.Entry
  name: string
  /** Entries whose content must not be read: unsafe names, links, bombs. */
  skipContent: boolean
}

const megabyte = 1024 * 1024

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * megabyte) return `${(bytes / 1024 / megabyte).toFixed(1)} GB`
  if (bytes >= megabyte) return `${(bytes / megabyte).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} 字节`
}

/** An entry name as printable text: decoded as UTF-8 when it is valid UTF-8, control characters escaped. */
export function printableEntryName(raw: Buffer): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    text = raw.toString('latin1')
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/** The problems of an entry name as raw bytes: absolute, `..`, backslash, control characters, non-ASCII. */
export function entryNameProblems(raw: Buffer): { code: string; what: string }[] {
  const problems: { code: string; what: string }[] = []
  const text = raw.toString('latin1')
  if (raw.length === 0) problems.push({ code: 'entry-name-empty', what: '名称为空' })
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) problems.push({ code: 'entry-name-control', what: '名称含有 NUL 等控制字符' })
  if (raw.some((byte) => byte >= 0x80)) problems.push({ code: 'entry-name-not-ascii', what: '名称含有非 ASCII 字符（导出包内只使用英文字母、数字和 . _ - /）' })
  if (/^[/\\]/.test(text) || /^[A-Za-z]:/.test(text)) problems.push({ code: 'entry-name-absolute', what: '是绝对路径（以 /、\\ 或盘符开头），解压时可能写到任意位置' })
  if (text.includes('\\')) problems.push({ code: 'entry-name-backslash', what: '名称含有反斜杠 \\，在 Windows 上会被当作路径分隔符' })
  if (text.split(/[/\\]/).some((segment) => segment === '..')) problems.push({ code: 'entry-name-parent', what: '含有“..”路径段，解压时可能写到目标文件夹以外' })
  return problems
}

function isSymlink(entry: yauzl.Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true }, (error, zipfile) => {
      if (error || !zipfile) reject(error ?? new Error('no zip file'))
      else resolve(zipfile)
    })
  })
}

/** Reads the central directory, entry by entry; stops at a damaged record and says so. */
function readCentralDirectory(zipfile: yauzl.ZipFile): Promise<{ entries: yauzl.Entry[]; error?: Error }> {
  return new Promise((resolve) => {
    const entries: yauzl.Entry[] = []
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      resolve({ entries, error })
    }
    zipfile.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry)
      zipfile.readEntry()
    })
    zipfile.on('end', () => finish())
    zipfile.on('error', (error: Error) => finish(error))
    zipfile.readEntry()
  })
}

/**
 * Streams an entry through SHA-256, counting the bytes and stopping past `cap`. Keeps the content when
 * asked (for the JSON entries). A damaged entry (bad local header, bad deflate data, a size different
 * from the central directory) rejects.
 */
function readEntry(zipfile: yauzl.ZipFile, entry: yauzl.Entry, cap: number, keep: boolean): Promise<{ bytes: number; sha256: string; overCap: boolean; content?: Buffer }> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error('no stream'))
        return
      }
      const hash = createHash('sha256')
      const chunks: Buffer[] = []
      let bytes = 0
      let done = false
      stream.on('data', (chunk: Buffer) => {
        if (done) return
        bytes += chunk.length
        if (bytes > cap) {
          done = true
          stream.destroy()
          resolve({ bytes, sha256: '', overCap: true })
          return
        }
        hash.update(chunk)
        if (keep) chunks.push(chunk)
      })
      stream.on('error', (streamError: Error) => {
        if (done) return
        done = true
        reject(streamError)
      })
      stream.on('end', () => {
        if (done) return
        done = true
        resolve({ bytes, sha256: hash.digest('hex'), overCap: false, content: keep ? Buffer.concat(chunks) : undefined })
      })
    })
  })
}

async function startsWithLocalHeader(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

function parseJson(content: Buffer): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '')
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

function issueList(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '（根）'}：${issue.message}`)
  return `${shown.join('；')}${issues.length > shown.length ? `；另有 ${issues.length - shown.length} 处` : ''}`
}

/** Checks an export package and lists every problem found. Never writes anything to disk. */
export async function verifyExportPackage(file: string, limits: PackageLimits = packageLimits): Promise<VerifyReport> {
  const label = basename(file)
  const problems: PackageProblem[] = []
  const report: VerifyReport = { ok: false, file, schoolName: '', entries: 0, problems }
  const add = (code: string, message: string, entry?: string) => {
    problems.push(entry === undefined ? { code, message } : { code, entry, message })
  }

  try {
    const info = await stat(file)
    if (!info.isFile()) {
      add('not-a-file', `“${label}”不是文件，请选择导出包（.zip）。`)
      return report
    }
  } catch {
    add('file-not-found', `找不到导出包“${label}”，请确认文件位置。`)
    return report
  }

  let zipfile: yauzl.ZipFile
  try {
    zipfile = await openZip(file)
  } catch {
    if (await startsWithLocalHeader(file).catch(() => false)) {
      add('zip-truncated', `导出包“${label}”不完整：文件末尾的 zip 目录缺失，可能在下载或复制时中断。请重新生成或重新复制导出包。`)
    } else {
      add('not-a-zip', `“${label}”不是 zip 压缩包，不是本程序生成的导出包。`)
    }
    return report
  }

  try {
    await inspect(zipfile)
  } finally {
    zipfile.close()
  }
  report.ok = problems.length === 0
  return report

  async function inspect(zip: yauzl.ZipFile): Promise<void> {
    report.entries = zip.entryCount
    if (zip.entryCount > limits.maxEntries) {
      add('too-many-entries', `导出包“${label}”含有 ${zip.entryCount} 个条目，超过上限 ${limits.maxEntries} 个，疑似恶意压缩包，未解压任何内容。`)
      return
    }

    const { entries, error } = await readCentralDirectory(zip)
    if (error) add('zip-damaged', `导出包“${label}”的 zip 目录已损坏（${error.message}），只检查了前 ${entries.length} 个条目。`)

    // 1. Every entry judged from the central directory, before anything is inflated.
    const scanned: ScannedEntry[] = []
    const exactNames = new Set<string>()
    const foldedNames = new Map<string, string>()
    let total = 0
    for (const entry of entries) {
      const raw = entry.fileNameRaw
      const name = printableEntryName(raw)
      let skipContent = false

      for (const problem of entryNameProblems(raw)) {
        add(problem.code, `导出包中的条目“${name}”${problem.what}。`, name)
        skipContent = true
      }
      if (isSymlink(entry)) {
        add('entry-symlink', `导出包中的条目“${name}”是符号链接，导出包里不应有链接。`, name)
        skipContent = true
      }
      if (exactNames.has(name)) {
        add('entry-duplicate', `导出包中的条目“${name}”出现了不止一次。`, name)
      } else {
        const folded = name.normalize('NFC').toLowerCase()
        const earlier = foldedNames.get(folded)
        if (earlier !== undefined) add('entry-duplicate-case', `导出包中的条目“${name}”与“${earlier}”只差大小写，在 Windows 上是同一个文件。`, name)
        else foldedNames.set(folded, name)
        exactNames.add(name)
      }
      if (entry.isEncrypted()) {
        add('entry-encrypted', `导出包中的条目“${name}”已加密，无法校验。`, name)
        skipContent = true
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        add('entry-unsupported-compression', `导出包中的条目“${name}”使用了不支持的压缩方式（${entry.compressionMethod}）。`, name)
        skipContent = true
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        add('entry-too-large', `导出包中的条目“${name}”解压后有 ${formatBytes(entry.uncompressedSize)}，超过单个文件上限 ${formatBytes(limits.maxEntryBytes)}，未解压。`, name)
        skipContent = true
      }
      const ratio = entry.compressedSize === 0 ? (entry.uncompressedSize === 0 ? 0 : Infinity) : entry.uncompressedSize / entry.compressedSize
      if (ratio > limits.maxCompressionRatio) {
        const shown = Number.isFinite(ratio) ? `${Math.round(ratio)} 倍` : '无穷大'
        add('entry-ratio-too-high', `导出包中的条目“${name}”压缩比为 ${shown}，超过上限 ${limits.maxCompressionRatio} 倍，疑似压缩炸弹，未解压。`, name)
        skipContent = true
      }
      total += entry.uncompressedSize
      scanned.push({ entry, name, skipContent })
    }

    // Entries whose data ranges overlap reuse one compressed kernel (the overlapping-entry zip bomb).
    const byOffset = [...scanned].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader)
    for (let index = 1; index < byOffset.length; index++) {
      const previous = byOffset[index - 1]
      const current = byOffset[index]
      const previousEnd = previous.entry.relativeOffsetOfLocalHeader + 30 + previous.entry.fileNameLength + previous.entry.compressedSize
      if (current.entry.relativeOffsetOfLocalHeader < previousEnd) {
        add('entries-overlap', `导出包中的条目“${current.name}”与“${previous.name}”的数据相互重叠，疑似压缩炸弹。`, current.name)
        current.skipContent = true
        previous.skipContent = true
      }
    }

    if (total > limits.maxTotalBytes) {
      add('total-too-large', `导出包“${label}”解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(limits.maxTotalBytes)}，疑似压缩炸弹，未解压任何内容。`)
      return
    }

    const byName = new Map<string, ScannedEntry>()
    for (const item of scanned) if (!byName.has(item.name)) byName.set(item.name, item)

    // 2. The manifest.
    const manifest = await readManifest(zip, byName.get(manifestEntryName))
    if (manifest) {
      report.schoolName = manifest.school.name
      report.schoolFileId = manifest.school.schoolFileId
      report.createdAt = manifest.createdAt
      report.appVersion = manifest.appVersion
      report.files = manifest.files.map(({ path, title, kind, bytes }) => ({ path, title, kind, bytes }))
      if (manifest.hazardLedger && !manifest.hazardLedger.ok) {
        add('hazard-ledger-broken', `导出包“${label}”生成时，学校文件的隐患台账校验未通过：${manifest.hazardLedger.message}已销号隐患的记录在销号后被改动过，请学校核实后重新上报。`)
      }
    }

    // 3. Every listed file: present, same size, same SHA-256.
    let schoolJson: Buffer | undefined
    if (manifest) {
      const listed = new Set<string>()
      for (const listedFile of manifest.files) {
        if (listed.has(listedFile.path)) {
          add('manifest-duplicate-file', `导出包“${label}”的清单（manifest.json）把“${listedFile.path}”列了不止一次。`, listedFile.path)
          continue
        }
        listed.add(listedFile.path)
        const item = byName.get(listedFile.path)
        if (!item) {
          add('file-missing', `导出包中缺少清单列出的文件“${listedFile.path}”（${listedFile.title}）。`, listedFile.path)
          continue
        }
        if (item.skipContent) continue
        if (item.entry.uncompressedSize !== listedFile.bytes) {
          add('file-size-mismatch', `导出包中的文件“${listedFile.path}”（${listedFile.title}）有 ${item.entry.uncompressedSize} 字节，清单记录的是 ${listedFile.bytes} 字节，文件已被改动或损坏。`, listedFile.path)
          continue
        }
        try {
          const keep = listedFile.path === schoolDataEntryName
          const read = await readEntry(zip, item.entry, listedFile.bytes, keep)
          if (read.overCap) {
            add('file-size-mismatch', `导出包中的文件“${listedFile.path}”（${listedFile.title}）解压后超过清单记录的 ${listedFile.bytes} 字节，文件已被改动或损坏。`, listedFile.path)
          } else if (read.sha256 !== listedFile.sha256) {
            add('file-hash-mismatch', `导出包中的文件“${listedFile.path}”（${listedFile.title}）的校验值（SHA-256）与清单不一致，文件已被改动或损坏。`, listedFile.path)
          }
          if (keep) schoolJson = read.content
        } catch (readError) {
          add('entry-damaged', `导出包中的文件“${listedFile.path}”（${listedFile.title}）已损坏，无法读取（${(readError as Error).message}）。`, listedFile.path)
        }
      }

      // 4. Nothing but what the manifest lists (directory entries of listed files are tolerated).
      for (const item of byName.values()) {
        if (item.name === manifestEntryName || listed.has(item.name)) continue
        const isFolderOfListed = item.name.endsWith('/') && item.entry.uncompressedSize === 0 && [...listed].some((path) => path.startsWith(item.name))
        if (isFolderOfListed) continue
        add('entry-not-listed', `导出包中的条目“${item.name}”不在清单（manifest.json）中，来历不明。`, item.name)
      }

      if (!listed.has(schoolDataEntryName)) {
        add('data-missing', `导出包“${label}”的清单中没有学校数据文件“${schoolDataEntryName}”。`, schoolDataEntryName)
      }
    } else {
      // Without a manifest the data can still be checked on its own, under the entry cap.
      const item = byName.get(schoolDataEntryName)
      if (item && !item.skipContent) {
        try {
          const read = await readEntry(zip, item.entry, limits.maxEntryBytes, true)
          if (!read.overCap) schoolJson = read.content
        } catch (readError) {
          add('entry-damaged', `导出包中的文件“${schoolDataEntryName}”已损坏，无法读取（${(readError as Error).message}）。`, schoolDataEntryName)
        }
      } else if (!item) {
        add('data-missing', `导出包“${label}”中没有学校数据文件“${schoolDataEntryName}”。`, schoolDataEntryName)
      }
    }

    // 5. The school data against the exchange format.
    if (schoolJson) checkSchoolData(schoolJson, manifest)
  }

  async function readManifest(zip: yauzl.ZipFile, item: ScannedEntry | undefined): Promise<PackageManifest | undefined> {
    if (!item) {
      add('manifest-missing', `导出包“${label}”中没有清单文件 manifest.json，不是本程序生成的导出包或已被改动。`, manifestEntryName)
      return undefined
    }
    if (item.skipContent) return undefined
    if (item.entry.uncompressedSize > limits.maxManifestBytes) {
      add('manifest-too-large', `导出包中的清单文件 manifest.json 有 ${formatBytes(item.entry.uncompressedSize)}，超过上限 ${formatBytes(limits.maxManifestBytes)}。`, manifestEntryName)
      return undefined
    }
    let content: Buffer | undefined
    try {
      const read = await readEntry(zip, item.entry, limits.maxManifestBytes, true)
      content = read.overCap ? undefined : read.content
    } catch (readError) {
      add('entry-damaged', `导出包中的清单文件 manifest.json 已损坏，无法读取（${(readError as Error).message}）。`, manifestEntryName)
      return undefined
    }
    if (!content) {
      add('manifest-too-large', `导出包中的清单文件 manifest.json 超过上限 ${formatBytes(limits.maxManifestBytes)}。`, manifestEntryName)
      return undefined
    }
    const parsed = parseJson(content)
    if (!parsed.ok) {
      add('manifest-not-json', `导出包中的清单文件 manifest.json 不是有效的 JSON（${parsed.error}）。`, manifestEntryName)
      return undefined
    }
    const value = parsed.value as { format?: unknown; formatVersion?: unknown } | null
    if (typeof value !== 'object' || value === null || value.format !== packageFormatName) {
      add('manifest-unknown-format', `导出包中的清单文件 manifest.json 不是本程序的导出包格式（应为 ${packageFormatName}）。`, manifestEntryName)
      return undefined
    }
    if (typeof value.formatVersion !== 'number' || !Number.isInteger(value.formatVersion) || value.formatVersion < 1) {
      add('manifest-invalid', `导出包中的清单文件 manifest.json 的格式版本无效。`, manifestEntryName)
      return undefined
    }
    if (value.formatVersion > packageFormatVersion) {
      add('manifest-unsupported-version', `导出包“${label}”的清单 manifest.json 表明它是较新版本的程序生成的（导出包格式第 ${value.formatVersion} 版，本程序只认识到第 ${packageFormatVersion} 版），请升级本程序后再校验。`, manifestEntryName)
      return undefined
    }
    const checked = manifestSchema.safeParse(parsed.value)
    if (!checked.success) {
      add('manifest-invalid', `导出包中的清单文件 manifest.json 内容不完整或有误：${issueList(checked.error.issues)}。`, manifestEntryName)
      return undefined
    }
    const exchange = checked.data.exchangeFormat
    if (exchange.name !== exchangeFormatName) {
      add('exchange-format-unknown', `导出包中的学校数据不是本程序的交换格式（${exchange.name}）。`, manifestEntryName)
    } else if (exchange.version > exchangeFormatVersion || exchange.version < 1) {
      add('exchange-format-unsupported', `导出包中的学校数据是交换格式第 ${exchange.version} 版，本程序只认识到第 ${exchangeFormatVersion} 版，请升级本程序。`, manifestEntryName)
    }
    return checked.data
  }

  function checkSchoolData(content: Buffer, manifest: PackageManifest | undefined): void {
    const parsed = parseJson(content)
    if (!parsed.ok) {
      add('data-not-json', `导出包中的学校数据“${schoolDataEntryName}”不是有效的 JSON（${parsed.error}）。`, schoolDataEntryName)
      return
    }
    const checked = schoolDataSchema.safeParse(parsed.value)
    if (!checked.success) {
      add('data-invalid', `导出包中的学校数据“${schoolDataEntryName}”不符合交换格式：${issueList(checked.error.issues)}。`, schoolDataEntryName)
      return
    }
    if (!report.schoolName) report.schoolName = checked.data.school.name
    if (manifest && (manifest.school.schoolFileId !== checked.data.schoolFileId || manifest.school.name !== checked.data.school.name)) {
      add('manifest-school-mismatch', `导出包清单中的学校（${manifest.school.name}）与学校数据“${schoolDataEntryName}”中的学校（${checked.data.school.name}）不一致。`, schoolDataEntryName)
    }
    if (manifest) checkMapBackground(checked.data, manifest)
    if (manifest) for (const problem of hazardPhotoProblems(checked.data, manifest.files)) add(problem.code, problem.message, problem.entry)
    if (manifest) for (const problem of attachmentProblems(checked.data, manifest.files)) add(problem.code, problem.message, problem.entry)
  }

  /** The plan image school.json names must be a listed entry with the same SHA-256, unless it is inline. */
  function checkMapBackground(data: SchoolData, manifest: PackageManifest): void {
    const background = data.riskMap?.background
    if (!background || background.base64 !== undefined) return
    const listed = manifest.files.find((file) => file.path === background.entry)
    if (!listed) {
      add('map-background-missing', `导出包的学校数据引用了四色分布图底图“${background.entry}”，但清单（manifest.json）中没有这个文件。`, background.entry)
    } else if (listed.sha256 !== background.sha256) {
      add('map-background-mismatch', `导出包中的四色分布图底图“${background.entry}”与学校数据记录的校验值（SHA-256）不一致。`, background.entry)
    }
  }
}
