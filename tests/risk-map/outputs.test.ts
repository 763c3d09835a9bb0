import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { pointLevels, areaStatus } from '../../shared/risk-map/area-levels'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { buildExportPackage } from '../../electron/export-package/build-package'
import { packageFormatVersion, type PackageManifest } from '../../electron/export-package/manifest'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { generateOutputsFromData, readSchoolData } from '../../electron/outputs/generate-outputs'
import type { OutputsResult } from '../../shared/jobs'
import { fixtureSchool } from '../documents/fixture'
import { tempFolder } from '../helpers/temp'

/** The fixture school with a plan image under its map: a white 1,600 × 1,000 PNG with one grey building. */
async function schoolWithPlan(): Promise<SchoolData> {
  const building = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect x="300" y="200" width="600" height="300" fill="#999"/></svg>')
  const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ffffff' } }).composite([{ input: building }]).png().toBuffer()
  const data = fixtureSchool()
  if (!data.riskMap) throw new Error('the fixture has a map')
  data.riskMap = {
    ...data.riskMap,
    background: {
      type: 'png',
      fileName: '校园平面图.png',
      bytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
      entry: 'data/risk-map-background.png',
      base64: png.toString('base64')
    }
  }
  return data
}

function manifestOf(zip: Record<string, Uint8Array>): PackageManifest {
  return JSON.parse(strFromU8(zip['manifest.json'])) as PackageManifest
}

describe('outputs with a drawn map', () => {
  let folder: string
  let result: OutputsResult
  let data: SchoolData

  // The helper's temporary folders go after each test; these outputs are shared by the tests of this block.
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'map-outputs-'))
    // An earlier run numbered the poster differently; the school keeps its own files in the same folder.
    writeFileSync(join(folder, '99 安全风险四色分布图.docx'), 'earlier run')
    writeFileSync(join(folder, '01 本校补充说明.docx'), 'the school’s own')
    writeFileSync(join(folder, '备注.txt'), 'the school’s own')
    data = await schoolWithPlan()
    result = await generateOutputsFromData(data, folder, () => undefined)
  }, 180_000)

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  it('writes the picture and the poster to the output folder', async () => {
    const picture = result.files.find((file) => file.kind === 'png')
    expect(picture?.name).toMatch(/^\d\d 安全风险四色分布图\.png$/)
    expect(result.files.some((file) => file.kind === 'docx' && file.title === '安全风险四色分布图')).toBe(true)
    expect(result.skipped.map((skipped) => skipped.title)).not.toContain('安全风险四色分布图')

    const metadata = await sharp(readFileSync(join(folder, picture?.name ?? ''))).metadata()
    expect([metadata.format, metadata.width]).toEqual(['png', 3000])
  })

  it('removes the earlier run’s renumbered output and keeps the school’s own files', () => {
    const names = readdirSync(folder)
    expect(names).not.toContain('99 安全风险四色分布图.docx')
    expect(names).toEqual(expect.arrayContaining(['01 本校补充说明.docx', '备注.txt']))
    expect(result.leftovers).toEqual([])
  })

  it('packs the picture and the plan image as their own entries and verifies', async () => {
    const packageFile = join(folder, result.packageFile)
    const zip = unzipSync(new Uint8Array(readFileSync(packageFile)))
    const manifest = manifestOf(zip)
    expect(manifest.formatVersion).toBe(packageFormatVersion)
    expect(manifest.files.find((file) => file.path === 'images/risk-map.png')).toMatchObject({ kind: 'png', title: '安全风险四色分布图' })
    expect(manifest.files.find((file) => file.path === 'documents/risk-map-poster.docx')).toMatchObject({ kind: 'docx' })
    const background = manifest.files.find((file) => file.path === 'data/risk-map-background.png')
    expect(background).toMatchObject({ kind: 'png', sha256: data.riskMap?.background?.sha256 })

    // school.json names the image and leaves its bytes out.
    const json = strFromU8(zip['data/school.json'])
    const packed = JSON.parse(json) as SchoolData
    expect(packed.riskMap?.background).toEqual({ type: 'png', fileName: '校园平面图.png', bytes: data.riskMap?.background?.bytes, sha256: background?.sha256, entry: 'data/risk-map-background.png' })
    expect(json.length).toBeLessThan((data.riskMap?.background?.base64?.length ?? 0) + 200_000)
    expect(Buffer.from(zip['data/risk-map-background.png']).equals(Buffer.from(data.riskMap?.background?.base64 ?? '', 'base64'))).toBe(true)

    const report = await verifyExportPackage(packageFile)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('reports a plan image that school.json names but the package lacks', async () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(folder, result.packageFile))))
    const manifest = manifestOf(zip)
    const trimmed = { ...manifest, files: manifest.files.filter((file) => file.path !== 'data/risk-map-background.png') }
    const entries = Object.fromEntries(Object.entries(zip).filter(([name]) => name !== 'data/risk-map-background.png'))
    entries['manifest.json'] = strToU8(JSON.stringify(trimmed))
    const file = join(folder, 'without-background.zip')
    writeFileSync(file, zipSync(entries))

    const report = await verifyExportPackage(file)
    expect(report.problems.map((problem) => problem.code)).toEqual(['map-background-missing'])
    expect(report.problems[0].message).toContain('data/risk-map-background.png')
  })
})

describe('outputs without a map', () => {
  it('leave out the picture and the poster and say why', async () => {
    const folder = tempFolder('map-outputs-')
    const result = await generateOutputsFromData(fixtureSchool({ riskMap: undefined }), folder, () => undefined)
    expect(result.files.some((file) => file.kind === 'png')).toBe(false)
    const skipped = result.skipped.filter((item) => item.title === '安全风险四色分布图')
    expect(skipped).toHaveLength(2)
    expect(skipped[0].reason).toContain('尚未绘制安全风险四色分布图')
    expect(readdirSync(folder).some((name) => name.includes('四色分布图'))).toBe(false)
    expect((await verifyExportPackage(join(folder, result.packageFile))).ok).toBe(true)
  }, 180_000)

  it('still verifies a version-1 package', async () => {
    const data = fixtureSchool({ riskMap: undefined })
    const zip = unzipSync(new Uint8Array(await buildExportPackage(data, [])))
    zip['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(zip), formatVersion: 1 }))
    const file = join(tempFolder(), 'version-1.zip')
    writeFileSync(file, zipSync(zip))
    const report = await verifyExportPackage(file)
    expect(report.problems).toEqual([])
  })
})

describe('the demo school', () => {
  it('has a drawn map whose areas are all coloured by linked risk points', async () => {
    const file = join(tempFolder('demo-map-'), '示范学校.school')
    await buildDemoSchool(file)
    const data = await readSchoolData(file)
    const map = data.riskMap
    if (!map) throw new Error('the demo school has no map')

    expect(map.background).toBeNull()
    expect(map.areas.length).toBeGreaterThanOrEqual(10)
    expect(map.areas.length).toBeLessThanOrEqual(15)
    expect(map.areas.map((area) => area.label)).toEqual(expect.arrayContaining(['教学楼', '实验楼', '宿舍楼', '食堂', '操场', '校门', '锅炉房', '配电室', '围墙及护坡']))
    const levels = pointLevels(data.riskPoints)
    const colours = new Set(map.areas.map((area) => areaStatus(area.riskPointIds, levels)).map((status) => (status.kind === 'level' ? status.level : status.kind)))
    expect([...colours].sort()).toEqual(['high', 'low', 'major', 'medium'])
    const placed = new Set(map.areas.flatMap((area) => area.riskPointIds))
    const facilities = data.riskPoints.filter((point) => point.kind === 'facility')
    expect(facilities.filter((point) => placed.has(point.id)).length / facilities.length).toBeGreaterThan(0.75)
  }, 180_000)
})
