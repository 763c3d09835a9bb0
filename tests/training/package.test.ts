import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { schoolDataSchema } from '../../shared/exchange/school-data'
import { incentiveInput } from '../../shared/schemas/training-inputs'
import { schoolInput } from '../../shared/schemas/inputs'
import { createSchoolFile } from '../../electron/db/school-file'
import { incentiveRegister } from '../../electron/documents/incentive-register'
import { trainingRegister } from '../../electron/documents/training-register'
import { attachmentEntries } from '../../electron/export-package/attachments'
import { buildExportPackage, sha256Hex } from '../../electron/export-package/build-package'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { saveIncentive } from '../../electron/incentives/incentives.service'
import { readSchoolSnapshot } from '../../electron/outputs/generate-outputs'
import { saveSchool } from '../../electron/school/school.service'
import { prepareAttachmentContent } from '../../electron/training/attachment-file'
import { saveTraining } from '../../electron/training/training.service'
import { tempFolder } from '../helpers/temp'
import { addPeople, officeFile, pdfOf, photoJpeg, trainingOf } from './records-fixture'

const today = '2026-12-04'

/** A school whose two trainings share one photo, so the package must carry it once. */
async function snapshot() {
  const file = join(tempFolder(), '导出学校.school')
  const schoolDb = await createSchoolFile(file)
  const { db } = schoolDb
  await saveSchool(db, schoolInput.parse({ name: '焦作市山阳区育英学校', category: '一贯制学校' }))
  const ids = await addPeople(db)
  const shared = await prepareAttachmentContent('现场.jpg', await photoJpeg(1200, 900))
  await saveTraining(db, trainingOf({ attendeeIds: [ids.get('冯磊')] }), [shared, await prepareAttachmentContent('签到表.pdf', pdfOf())], { today })
  await saveTraining(db, trainingOf({ heldOn: '2026-10-10', topic: '消防演练', kind: 'drill' }), [shared, await prepareAttachmentContent('方案.docx', officeFile('docx'))], { today })
  await saveIncentive(db, incentiveInput.parse({ kind: 'reward', targetKind: 'person', staffId: ids.get('冯磊'), decidedOn: '2026-10-12', reason: '报告隐患', measure: '通报表扬' }), { today })
  await schoolDb.close()
  return readSchoolSnapshot(file)
}

describe('training records in the exchange data and the package', () => {
  it('carry attachment metadata in school.json and the bytes as listed entries', async () => {
    const { data, files } = await snapshot()
    expect(schoolDataSchema.parse(data)).toBeTruthy()
    expect(data.trainings).toHaveLength(2)
    expect(data.incentives).toMatchObject([{ kind: 'reward', targetName: '冯磊' }])
    const entries = data.trainings?.flatMap((training) => training.attachments.map((attachment) => attachment.entry)) ?? []
    expect(entries.every((entry) => /^attachments\/[0-9a-f]{64}\.(jpg|pdf|docx)$/.test(entry))).toBe(true)

    const outputs = [
      { builder: trainingRegister, content: await trainingRegister.build(data, files) },
      { builder: incentiveRegister, content: await incentiveRegister.build(data, files) }
    ]
    const zip = await buildExportPackage(data, outputs, { extraEntries: attachmentEntries(data, files) })
    const path = join(tempFolder(), 'package.zip')
    writeFileSync(path, zip)

    const report = await verifyExportPackage(path)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)

    const unzipped = unzipSync(new Uint8Array(zip))
    const manifest = JSON.parse(strFromU8(unzipped['manifest.json'])) as { files: { path: string; kind: string; sha256: string; title: string }[] }
    const attachments = manifest.files.filter((file) => file.kind === 'attachment')
    // The shared photo is one entry; each entry's name is the SHA-256 of its content.
    expect(attachments).toHaveLength(3)
    expect(new Set(attachments.map((file) => file.path))).toEqual(new Set(entries))
    for (const file of attachments) {
      expect(sha256Hex(unzipped[file.path])).toBe(file.sha256)
      expect(file.path).toContain(file.sha256)
    }
    expect(attachments.map((file) => file.title)).toContain('培训附件：2026-09-10 双重预防体系全员培训／现场.jpg')
    expect(manifest.files.map((file) => file.path)).toEqual(expect.arrayContaining(['documents/training-register.docx', 'documents/incentive-register.docx']))
  })

  it('fail verification when an attachment named in school.json is missing', async () => {
    const { data, files } = await snapshot()
    const withoutPdf = attachmentEntries(data, files).filter((entry) => !entry.path.endsWith('.pdf'))
    const path = join(tempFolder(), 'package.zip')
    writeFileSync(path, await buildExportPackage(data, [], { extraEntries: withoutPdf }))

    const report = await verifyExportPackage(path)
    expect(report.ok).toBe(false)
    expect(report.problems.map((problem) => problem.code)).toEqual(['attachment-missing'])
    expect(report.problems[0].message).toContain('培训“2026-09-10 双重预防体系全员培训”的附件“签到表.pdf”')
  })
})
