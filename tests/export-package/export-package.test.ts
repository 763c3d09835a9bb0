import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import yauzl from 'yauzl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exchangeFormatName, exchangeFormatVersion, schoolDataSchema } from '../../shared/exchange/school-data'
import { appVersion } from '../../electron/app-version'
import { buildExportPackage, exportPackageFileName, type BuiltOutput } from '../../electron/export-package/build-package'
import { packageFormatName, packageFormatVersion, packageLimits, type PackageManifest } from '../../electron/export-package/manifest'
import { verifyExportPackage, type VerifyReport } from '../../electron/export-package/verify-package'
import type { OutputBuilder } from '../../electron/outputs/output-builder'
import { sheetBuilders } from '../../electron/sheets'
import { fixtureSchool } from '../sheets/fixture'
import { craftZip, entriesOf, type CraftEntry } from './zip-craft'

/** A stand-in Word document: the package treats documents as opaque bytes. */
const documentBuilder: OutputBuilder = {
  key: 'test-document',
  title: '测试文档',
  kind: 'docx',
  build: async () => Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>双重预防</w:document>') }, { level: 0 }))
}

const data = fixtureSchool()
const createdAt = new Date('2026-12-04T03:00:00.000Z')
let folder: string
let outputs: BuiltOutput[]
let fresh: Buffer

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'export-package-'))
  outputs = []
  for (const builder of [documentBuilder, ...sheetBuilders]) outputs.push({ builder, content: await builder.build(data) })
  fresh = await buildExportPackage(data, outputs, { now: createdAt })
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

let counter = 0
function save(content: Uint8Array | string, name = `package-${++counter}.zip`): string {
  const file = join(folder, name)
  writeFileSync(file, content)
  return file
}

async function verifyBytes(content: Uint8Array | string, name?: string): Promise<VerifyReport> {
  return verifyExportPackage(save(content, name))
}

function manifestOf(zip: Uint8Array): PackageManifest {
  return JSON.parse(Buffer.from(unzipSync(zip)['manifest.json']).toString('utf8')) as PackageManifest
}

/** The fresh package's entries with one change, zipped again (the manifest is kept as it was). */
function rezip(change: (entries: CraftEntry[]) => CraftEntry[]): Buffer {
  return craftZip(change(entriesOf(fresh)))
}

function withManifest(entries: CraftEntry[], edit: (manifest: PackageManifest) => unknown): CraftEntry[] {
  return entries.map((entry) => (entry.name === 'manifest.json' ? { ...entry, data: strToU8(JSON.stringify(edit(manifestOf(fresh)))) } : entry))
}

function expectProblem(report: VerifyReport, code: string, entry?: string): void {
  expect(report.ok).toBe(false)
  const found = report.problems.find((problem) => problem.code === code && (entry === undefined || problem.entry === entry))
  expect(found, `${code} ${entry ?? ''} in ${JSON.stringify(report.problems, null, 1)}`).toBeDefined()
  if (entry !== undefined) expect(found?.message).toContain(entry)
  expect(found?.message).toMatch(/[\u4e00-\u9fff]/)
}

function listEntries(zip: Buffer): Promise<{ name: string; method: number; mode: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, zipfile) => {
      if (error || !zipfile) return reject(error)
      const entries: { name: string; method: number; mode: number }[] = []
      zipfile.on('entry', (entry: yauzl.Entry) => {
        entries.push({ name: entry.fileName, method: entry.compressionMethod, mode: entry.externalFileAttributes >>> 16 })
        zipfile.readEntry()
      })
      zipfile.on('end', () => resolve(entries))
      zipfile.readEntry()
    })
  })
}

describe('building the export package', () => {
  it('puts the manifest first, then the data, documents and sheets, under ASCII names', async () => {
    const entries = await listEntries(fresh)
    expect(entries.map((entry) => entry.name)).toEqual([
      'manifest.json',
      'data/school.json',
      'documents/test-document.docx',
      'sheets/risk-control-list.xlsx',
      'sheets/hazard-check-list.xlsx',
      'sheets/statistics-table.xlsx',
      'sheets/hazard-ledger.xlsx'
    ])
    for (const entry of entries) {
      expect(entry.name).toMatch(/^[\x21-\x7e]+$/)
      // JSON deflated; .docx and .xlsx are zips already and are stored.
      expect(entry.method, entry.name).toBe(entry.name.endsWith('.json') ? 8 : 0)
    }
  })

  it('writes a manifest whose sizes and SHA-256 match every entry', () => {
    const files = unzipSync(fresh)
    const manifest = manifestOf(fresh)
    expect(manifest).toMatchObject({
      format: packageFormatName,
      formatVersion: packageFormatVersion,
      exchangeFormat: { name: exchangeFormatName, version: exchangeFormatVersion },
      school: { name: '焦作市解放区测试小学', county: '解放区', category: '小学', schoolFileId: data.schoolFileId },
      createdAt: createdAt.toISOString(),
      appVersion
    })
    expect(manifest.files.map((file) => file.path)).toEqual(Object.keys(files).filter((name) => name !== 'manifest.json'))
    for (const file of manifest.files) {
      const content = files[file.path]
      expect(content.length, file.path).toBe(file.bytes)
      expect(createHash('sha256').update(content).digest('hex'), file.path).toBe(file.sha256)
    }
    expect(manifest.files.find((file) => file.path === 'sheets/risk-control-list.xlsx')).toMatchObject({ title: '风险分级管控清单', kind: 'xlsx' })
    expect(manifest.files.find((file) => file.path === 'documents/test-document.docx')).toMatchObject({ title: '测试文档', kind: 'docx' })
    const outputOf = (key: string) => outputs.find((output) => output.builder.key === key)?.content
    expect(Buffer.from(files['sheets/statistics-table.xlsx']).equals(outputOf('statistics-table') as Buffer)).toBe(true)
  })

  it('carries the whole school as pretty-printed JSON valid against the exchange format', () => {
    const text = Buffer.from(unzipSync(fresh)['data/school.json']).toString('utf8')
    expect(text).toContain('\n  "school": {')
    const parsed = schoolDataSchema.parse(JSON.parse(text))
    expect(parsed).toEqual(data)
  })

  it('is the same bytes when built twice at the same time', async () => {
    expect((await buildExportPackage(data, outputs, { now: createdAt })).equals(fresh)).toBe(true)
  })

  it('names the file after the school and the date, without characters Windows forbids', () => {
    expect(exportPackageFileName(data)).toBe('焦作市解放区测试小学-双重预防体系导出包-20261204.zip')
    const odd = fixtureSchool()
    odd.school.name = '育英/学校:一部*'
    expect(exportPackageFileName(odd, new Date(2026, 0, 5))).toBe('育英_学校_一部_-双重预防体系导出包-20260105.zip')
    odd.school.name = '  '
    expect(exportPackageFileName(odd, new Date(2026, 0, 5))).toBe('学校-双重预防体系导出包-20260105.zip')
  })

  it('dates the file by the Beijing calendar, whatever the computer’s clock zone', () => {
    // 20:30 UTC on 4 December is 04:30 on 5 December in Jiaozuo.
    expect(exportPackageFileName(data, new Date('2026-12-04T20:30:00Z'))).toBe('焦作市解放区测试小学-双重预防体系导出包-20261205.zip')
    expect(exportPackageFileName(data, new Date('2026-12-04T15:59:00Z'))).toBe('焦作市解放区测试小学-双重预防体系导出包-20261204.zip')
  })

  it('refuses an output key that is not ASCII', async () => {
    const bad: OutputBuilder = { ...documentBuilder, key: '手册' }
    await expect(buildExportPackage(data, [{ builder: bad, content: Buffer.from('x') }])).rejects.toThrow(/key/)
  })
})

describe('verifying the export package', () => {
  it('passes a fresh package and reports what it holds', async () => {
    const report = await verifyBytes(fresh)
    expect(report.problems).toEqual([])
    expect(report).toMatchObject({ ok: true, schoolName: '焦作市解放区测试小学', entries: 7, schoolFileId: data.schoolFileId, appVersion })
    expect(report.files).toHaveLength(6)
  })

  it('detects a changed byte in a document', async () => {
    const changed = Buffer.from(fresh)
    const needle = Buffer.from('双重预防')
    const at = changed.indexOf(needle)
    expect(at).toBeGreaterThan(0)
    changed[at + 1] ^= 0x01
    const report = await verifyBytes(changed)
    expectProblem(report, 'file-hash-mismatch', 'documents/test-document.docx')
    expect(report.problems).toHaveLength(1)
  })

  it('detects a missing file', async () => {
    const report = await verifyBytes(rezip((entries) => entries.filter((entry) => entry.name !== 'sheets/hazard-check-list.xlsx')))
    expectProblem(report, 'file-missing', 'sheets/hazard-check-list.xlsx')
  })

  it('detects an extra file the manifest does not list', async () => {
    const report = await verifyBytes(rezip((entries) => [...entries, { name: 'sheets/extra.xlsx', data: strToU8('not listed') }]))
    expectProblem(report, 'entry-not-listed', 'sheets/extra.xlsx')
    expect(report.problems).toHaveLength(1)
  })

  it('detects an entry named ../evil.txt', async () => {
    const report = await verifyBytes(rezip((entries) => [...entries, { name: '../evil.txt', data: strToU8('evil') }]))
    expectProblem(report, 'entry-name-parent', '../evil.txt')
  })

  it.each([
    ['/etc/x', 'entry-name-absolute'],
    ['C:/x.txt', 'entry-name-absolute'],
    ['\\\\srv\\share\\x', 'entry-name-absolute'],
    ['a\\b.txt', 'entry-name-backslash'],
    ['a/../../x', 'entry-name-parent'],
    ['..\\evil.txt', 'entry-name-parent']
  ])('detects the unsafe entry name %s', async (name, code) => {
    const report = await verifyBytes(rezip((entries) => [...entries, { name, data: strToU8('x') }]))
    expectProblem(report, code, name)
  })

  it('detects a name with NUL and a name that is not ASCII', async () => {
    const report = await verifyBytes(
      rezip((entries) => [...entries, { name: Buffer.from('a\u0000b.txt', 'latin1'), data: strToU8('x') }, { name: 'documents/手册.docx', data: strToU8('x') }])
    )
    expectProblem(report, 'entry-name-control', 'a\\x00b.txt')
    expectProblem(report, 'entry-name-not-ascii', 'documents/手册.docx')
  })

  it('detects a symlink entry', async () => {
    const report = await verifyBytes(rezip((entries) => [...entries, { name: 'link', data: strToU8('/etc/passwd'), unixMode: 0o120777 }]))
    expectProblem(report, 'entry-symlink', 'link')
  })

  it('detects a duplicate entry, also one that differs only in case', async () => {
    const duplicate = await verifyBytes(rezip((entries) => [...entries, { name: 'data/school.json', data: strToU8('{}') }]))
    expectProblem(duplicate, 'entry-duplicate', 'data/school.json')
    const cased = await verifyBytes(rezip((entries) => [...entries, { name: 'Manifest.json', data: strToU8('{}') }]))
    expectProblem(cased, 'entry-duplicate-case', 'Manifest.json')
  })

  it('rejects a declared-size bomb from the central directory without inflating it', async () => {
    // A deflated entry of 1 KB that claims to inflate to 300 MB: over the entry cap and the ratio cap.
    const kernel = new Uint8Array(1024 * 1024)
    const bomb = craftZip([...entriesOf(fresh), { name: 'data/bomb.json', data: kernel, method: 8, declaredSize: 300 * 1024 * 1024 }])
    const report = await verifyBytes(bomb)
    expectProblem(report, 'entry-too-large', 'data/bomb.json')
    expectProblem(report, 'entry-ratio-too-high', 'data/bomb.json')
    expect(report.problems.some((problem) => problem.code === 'entry-damaged')).toBe(false)
  })

  it('does not inflate a bomb even when the manifest lists it', async () => {
    const declared = 300 * 1024 * 1024
    const report = await verifyBytes(
      rezip((entries) =>
        withManifest(
          entries.map((entry) => (entry.name === 'data/school.json' ? { name: entry.name, data: new Uint8Array(1024 * 1024), method: 8, declaredSize: declared } : entry)),
          (manifest) => ({ ...manifest, files: manifest.files.map((file) => (file.path === 'data/school.json' ? { ...file, bytes: declared } : file)) })
        )
      )
    )
    expectProblem(report, 'entry-too-large', 'data/school.json')
    expectProblem(report, 'entry-ratio-too-high', 'data/school.json')
    // Had it been inflated, the stream would have failed on the size and said so.
    expect(report.problems.map((problem) => problem.code)).not.toContain('entry-damaged')
    expect(report.problems.map((problem) => problem.code)).not.toContain('file-hash-mismatch')
  })

  it('stops reading an entry that inflates past its declared size', async () => {
    // Declares 1 KB, inflates to 64 MB: the byte counter stops it.
    const report = await verifyBytes(
      rezip((entries) =>
        withManifest(
          entries.map((entry) => (entry.name === 'data/school.json' ? { name: entry.name, data: new Uint8Array(64 * 1024 * 1024), method: 8, declaredSize: 1024 } : entry)),
          (manifest) => ({ ...manifest, files: manifest.files.map((file) => (file.path === 'data/school.json' ? { ...file, bytes: 1024 } : file)) })
        )
      )
    )
    expect(report.ok).toBe(false)
    const problem = report.problems.find((candidate) => candidate.entry === 'data/school.json')
    expect(problem?.code).toBe('entry-damaged')
    expect(problem?.message).toContain('data/school.json')
  })

  it('rejects a high compression ratio and a total over the cap', async () => {
    const ratio = await verifyBytes(craftZip([...entriesOf(fresh), { name: 'x.bin', data: new Uint8Array(64 * 1024), method: 8, declaredSize: 10 * 1024 * 1024 }]))
    expectProblem(ratio, 'entry-ratio-too-high', 'x.bin')
    expect(ratio.problems.some((problem) => problem.code === 'entry-too-large')).toBe(false)

    const parts = Array.from({ length: 6 }, (_, index) => ({ name: `part-${index}.bin`, data: new Uint8Array(1024 * 1024), method: 8 as const, declaredSize: 190 * 1024 * 1024 }))
    const total = await verifyBytes(craftZip([...entriesOf(fresh), ...parts]))
    expectProblem(total, 'total-too-large')
    expect(total.problems.find((problem) => problem.code === 'total-too-large')?.message).toContain('package-')
  })

  it('rejects more entries than the cap before reading them', async () => {
    const many = Array.from({ length: packageLimits.maxEntries + 1 }, (_, index) => ({ name: `f${index}`, data: new Uint8Array(0) }))
    const report = await verifyBytes(craftZip(many))
    expectProblem(report, 'too-many-entries')
    expect(report.problems).toHaveLength(1)
  })

  it('detects a truncated package', async () => {
    const report = await verifyBytes(fresh.subarray(0, Math.floor(fresh.length / 2)), '截断的导出包.zip')
    expectProblem(report, 'zip-truncated')
    expect(report.problems[0].message).toContain('截断的导出包.zip')
  })

  it('detects a file that is not a zip, and an empty one', async () => {
    const text = await verifyBytes('这不是压缩包', 'notes.zip')
    expectProblem(text, 'not-a-zip')
    expect(text.problems[0].message).toContain('notes.zip')
    const empty = await verifyBytes(new Uint8Array(0), 'empty.zip')
    expectProblem(empty, 'not-a-zip')
    const missing = await verifyExportPackage(join(folder, 'no-such.zip'))
    expectProblem(missing, 'file-not-found')
    expect(missing.problems[0].message).toContain('no-such.zip')
  })

  it('detects a missing, broken, foreign or newer manifest', async () => {
    expectProblem(await verifyBytes(rezip((entries) => entries.filter((entry) => entry.name !== 'manifest.json'))), 'manifest-missing', 'manifest.json')
    expectProblem(
      await verifyBytes(rezip((entries) => entries.map((entry) => (entry.name === 'manifest.json' ? { ...entry, data: strToU8('{"format": ') } : entry)))),
      'manifest-not-json',
      'manifest.json'
    )
    expectProblem(await verifyBytes(rezip((entries) => withManifest(entries, (manifest) => ({ ...manifest, format: 'something-else' })))), 'manifest-unknown-format', 'manifest.json')
    const newer = await verifyBytes(rezip((entries) => withManifest(entries, (manifest) => ({ ...manifest, formatVersion: packageFormatVersion + 1 }))))
    expectProblem(newer, 'manifest-unsupported-version', 'manifest.json')
    expect(newer.problems[0].message).toContain('升级')
    expectProblem(await verifyBytes(rezip((entries) => withManifest(entries, (manifest) => ({ ...manifest, files: 'none' })))), 'manifest-invalid', 'manifest.json')
    expectProblem(
      await verifyBytes(rezip((entries) => withManifest(entries, (manifest) => ({ ...manifest, exchangeFormat: { name: exchangeFormatName, version: 99 } })))),
      'exchange-format-unsupported'
    )
  })

  it('detects a size recorded wrongly in the manifest', async () => {
    const report = await verifyBytes(
      rezip((entries) =>
        withManifest(entries, (manifest) => ({ ...manifest, files: manifest.files.map((file) => (file.path === 'sheets/statistics-table.xlsx' ? { ...file, bytes: file.bytes + 1 } : file)) }))
      )
    )
    expectProblem(report, 'file-size-mismatch', 'sheets/statistics-table.xlsx')
  })

  it('detects school data that does not match the exchange format, even with matching hashes', async () => {
    const broken = JSON.parse(JSON.stringify(data)) as { riskPoints: { risks: { level: string }[] }[] }
    broken.riskPoints[0].risks[0].level = 'extreme'
    const content = strToU8(JSON.stringify(broken, null, 2))
    const report = await verifyBytes(
      rezip((entries) =>
        withManifest(
          entries.map((entry) => (entry.name === 'data/school.json' ? { ...entry, data: content } : entry)),
          (manifest) => ({
            ...manifest,
            files: manifest.files.map((file) =>
              file.path === 'data/school.json' ? { ...file, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') } : file
            )
          })
        )
      )
    )
    expectProblem(report, 'data-invalid', 'data/school.json')
    expect(report.problems.find((problem) => problem.code === 'data-invalid')?.message).toContain('riskPoints.0.risks.0.level')
    expect(report.problems).toHaveLength(1)
  })

  it('reports every problem of a package, not only the first', async () => {
    const report = await verifyBytes(
      rezip((entries) => [
        ...entries.filter((entry) => entry.name !== 'sheets/hazard-check-list.xlsx'),
        { name: '../evil.txt', data: strToU8('evil') },
        { name: 'link', data: strToU8('/etc/passwd'), unixMode: 0o120777 }
      ])
    )
    const codes = report.problems.map((problem) => problem.code)
    expect(codes).toEqual(expect.arrayContaining(['entry-name-parent', 'entry-symlink', 'file-missing', 'entry-not-listed']))
  })
})
