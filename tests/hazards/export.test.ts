import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { schoolDataSchema, type SchoolData } from '../../shared/exchange/school-data'
import { buildExportPackage } from '../../electron/export-package/build-package'
import { hazardPhotoEntries } from '../../electron/export-package/hazard-photos'
import type { PackageManifest } from '../../electron/export-package/manifest'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { readSchoolSnapshot } from '../../electron/outputs/generate-outputs'
import { craftZip, entriesOf } from '../export-package/zip-craft'
import { tempFolder } from '../helpers/temp'
import { accept, close, hazardSchool, register, report, start, submit, writePicture } from './fixture'

async function schoolWithPhotos() {
  const school = await hazardSchool()
  const folder = tempFolder()
  const before = await writePicture(folder, '整改前.jpg', 1000, 700)
  const after = await writePicture(folder, '整改后.png', 900, 600, 'png')
  const { hazard } = await register(school, { grade: 'major', majorCriteria: ['XF-05'] }, [before])
  await register(school, { description: '同一张照片又登记了一次' }, [before])
  await report(school, hazard.id)
  await start(school, hazard.id)
  await submit(school, hazard.id, {}, [after])
  await accept(school, hazard.id)
  await close(school, hazard.id)
  await school.schoolDb.close()
  return { file: school.schoolDb.file, folder }
}

describe('hazards in the exchange format and the export package', () => {
  it('carries hazards with history and photo metadata, but no photo bytes', async () => {
    const { file } = await schoolWithPhotos()
    const { data } = await readSchoolSnapshot(file)

    expect(schoolDataSchema.safeParse(data).success).toBe(true)
    expect(data.majorHazardCriteria?.version).toBe('MOE-2024-20')
    const [closed, second] = data.hazards ?? []
    expect(closed).toMatchObject({ code: 'YH-2026-0001', state: 'closed', grade: 'major', majorCriteria: ['XF-05'], closureSeq: 1 })
    expect(closed.events.map((event) => event.action)).toEqual(['register', 'report', 'start-rectification', 'submit', 'accept', 'close'])
    expect(closed.photos.map((photo) => [photo.stage, photo.originalName])).toEqual([
      ['found', '整改前.jpg'],
      ['rectified', '整改后.png']
    ])
    expect(second.photos[0].sha256).toBe(closed.photos[0].sha256)
    expect(JSON.stringify(data.hazards)).not.toMatch(/base64|thumbnail/)
  })

  it('packs each distinct photo once as photos/<sha256>.jpg, listed in the manifest, and verifies', async () => {
    const { file, folder } = await schoolWithPhotos()
    const { data, files } = await readSchoolSnapshot(file)
    const zip = await buildExportPackage(data, [], { extraEntries: hazardPhotoEntries(data, files), now: new Date('2026-12-04T04:00:00Z') })

    const unzipped = unzipSync(zip)
    const manifest = JSON.parse(Buffer.from(unzipped['manifest.json']).toString('utf8')) as PackageManifest
    const photos = manifest.files.filter((listed) => listed.path.startsWith('photos/'))
    const [found, rectified] = (data.hazards ?? [])[0].photos
    expect(photos.map((listed) => [listed.path, listed.kind, listed.sha256])).toEqual([
      [`photos/${found.sha256}.jpg`, 'jpeg', found.sha256],
      [`photos/${rectified.sha256}.jpg`, 'jpeg', rectified.sha256]
    ])
    expect(photos[0].title).toBe('隐患照片：YH-2026-0001 整改前／整改前.jpg')
    const packagedData = JSON.parse(Buffer.from(unzipped['data/school.json']).toString('utf8')) as SchoolData
    expect(packagedData.hazards?.[0].closureHash).toMatch(/^[0-9a-f]{64}$/)

    const packageFile = join(folder, 'package.zip')
    writeFileSync(packageFile, zip)
    const report = await verifyExportPackage(packageFile)
    expect(report.problems).toEqual([])

    // A package whose photo entry (and its manifest line) was dropped is refused, naming the photo.
    const entries = entriesOf(zip).filter((entry) => entry.name !== `photos/${rectified.sha256}.jpg`)
    const manifestEntry = entries.find((entry) => entry.name === 'manifest.json')
    if (!manifestEntry) throw new Error('no manifest')
    const trimmed = { ...manifest, files: manifest.files.filter((listed) => listed.path !== `photos/${rectified.sha256}.jpg`) }
    manifestEntry.data = Buffer.from(JSON.stringify(trimmed))
    const broken = join(folder, 'broken.zip')
    writeFileSync(broken, craftZip(entries))
    const brokenReport = await verifyExportPackage(broken)
    expect(brokenReport.problems.map((problem) => problem.code)).toEqual(['hazard-photo-missing'])
    expect(brokenReport.problems[0].message).toContain(`隐患 YH-2026-0001 的照片“photos/${rectified.sha256}.jpg”`)
  })
})
