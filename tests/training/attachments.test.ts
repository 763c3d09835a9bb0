import { createHash } from 'node:crypto'
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { attachmentLimits } from '../../shared/domain/training'
import { describeError } from '../../shared/errors'
import type { ChosenAttachments } from '../../shared/contract/training'
import type { Training } from '../../shared/domain/training'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { prepareAttachment, prepareAttachmentContent } from '../../electron/training/attachment-file'
import { listTrainings, saveTraining } from '../../electron/training/training.service'
import { dumpContent } from '../helpers/dump'
import { newSchool, tempFolder } from '../helpers/temp'
import { officeFile, pdfOf, photoJpeg, photoPng, trainingOf } from './records-fixture'

const today = '2026-12-04'

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Writes a file into a fresh folder and returns its path. */
function fileWith(name: string, content: Buffer): string {
  const path = join(tempFolder(), name)
  writeFileSync(path, content)
  return path
}

async function rejection(name: string, content: Buffer) {
  const error = await prepareAttachment(fileWith(name, content)).then(
    () => undefined,
    (caught: unknown) => caught as { data: { code: string; file?: string; detail?: string } }
  )
  if (!error) throw new Error(`${name} was accepted`)
  return { ...error.data, message: describeError(error.data as Parameters<typeof describeError>[0]) }
}

describe('preparing an attachment', () => {
  it('scales a large photo down', async () => {
    const prepared = await prepareAttachment(fileWith('全员培训.jpg', await photoJpeg(4000, 3000)))
    expect(prepared).toMatchObject({ kind: 'photo', mime: 'image/jpeg', width: 1600, height: 1200, name: '全员培训.jpg' })
    expect(prepared.sha256).toBe(sha256(prepared.content))

    const stored = await sharp(prepared.content).metadata()
    expect(stored).toMatchObject({ format: 'jpeg', width: 1600, height: 1200 })
    expect(stored.exif).toBeUndefined()
    const thumbnail = await sharp(prepared.thumbnail as Buffer).metadata()
    expect(Math.max(thumbnail.width ?? 0, thumbnail.height ?? 0)).toBe(attachmentLimits.thumbnailEdge)
  })

  it('turns a photo upright by its EXIF orientation', async () => {
    // Orientation 6: the camera was turned a quarter, so the stored 800 × 600 pixels show a 600 × 800 picture.
    const prepared = await prepareAttachment(fileWith('竖拍.jpg', await photoJpeg(800, 600, { orientation: 6 })))
    expect([prepared.width, prepared.height]).toEqual([600, 800])
  })

  it('re-encodes a small PNG as JPEG', async () => {
    const prepared = await prepareAttachment(fileWith('签到表.png', await photoPng(640, 480)))
    expect(prepared).toMatchObject({ kind: 'photo', mime: 'image/jpeg', width: 640, height: 480 })
  })

  it('keeps PDF, Word and Excel files byte for byte', async () => {
    for (const [name, content, mime] of [
      ['课件.pdf', pdfOf(), 'application/pdf'],
      ['讲稿.docx', officeFile('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['成绩.xlsx', officeFile('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
    ] as const) {
      const prepared = await prepareAttachment(fileWith(name, content))
      expect(prepared, name).toMatchObject({ kind: 'document', mime, thumbnail: null, width: null, height: null })
      expect(prepared.content.equals(content), name).toBe(true)
    }
  })

  it('refuses a program renamed to .jpg, naming the file and what it is', async () => {
    const refused = await rejection('培训照片.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 1)]))
    expect(refused).toMatchObject({ code: 'attachment-invalid', file: '培训照片.jpg' })
    expect(refused.message).toBe(
      '“培训照片.jpg”不能作为培训附件添加：文件扩展名是 .jpg，但文件是 Windows 程序，与扩展名不符，可能是改过扩展名的文件。请选择其他文件，已保存的培训记录不受影响。'
    )
  })

  it('rejects renamed documents', async () => {
    expect((await rejection('签到表.pdf', Buffer.from('这是一份签到名单\n'))).detail).toBe('文件扩展名是 .pdf，但文件内容是文字，与扩展名不符，可能是改过扩展名的文件')
    expect((await rejection('成绩.xlsx', officeFile('docx'))).detail).toContain('但文件内容是Word 文档（.docx）')
  })

  it('tells what to do with HEIC photos, old Office files and other kinds', async () => {
    expect((await rejection('IMG_0001.HEIC', Buffer.from('....ftypheic'))).detail).toContain('兼容性最佳')
    expect((await rejection('讲稿.doc', Buffer.alloc(100))).detail).toContain('另存为 .docx')
    expect((await rejection('说明.txt', Buffer.from('文字'))).detail).toBe('不支持 .txt 格式的文件，只能添加 JPG、PNG 照片和 PDF、Word（.docx）、Excel（.xlsx）文件')
  })

  it('refuses an empty file, a broken photo and a cut-off PDF', async () => {
    expect((await rejection('空.jpg', Buffer.alloc(0))).detail).toBe('文件是空的（0 字节）')
    expect((await rejection('坏.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)]))).detail).toBe('图片已损坏或不完整，无法读取')
    expect((await rejection('半截.pdf', pdfOf().subarray(0, 1000))).detail).toContain('PDF 文件不完整')
  })

  it('refuses a file over 20 MB before reading it', async () => {
    const path = join(tempFolder(), '录像.pdf')
    // Extended as a sparse file: its size is over the limit without writing 20 MB.
    writeFileSync(path, '%PDF-1.4')
    truncateSync(path, attachmentLimits.maxFileBytes + 1)

    const error = await prepareAttachment(path).catch((caught: { data: Parameters<typeof describeError>[0] }) => caught.data)
    expect(error).toMatchObject({ code: 'attachment-too-large', file: '录像.pdf', limit: 20 })
    expect(describeError(error as Parameters<typeof describeError>[0])).toBe(
      '“录像.pdf”无法添加：文件有 20.0 MB，超过 20 MB 的上限。请先缩小照片或压缩文档后再添加，已保存的培训记录不受影响。'
    )
  })
})

describe('attachments of a training', () => {
  it('stores, keeps, deduplicates and removes attachments', async () => {
    const { db } = await newSchool()
    const photo = await prepareAttachmentContent('现场.jpg', await photoJpeg(1200, 900))
    const pdf = await prepareAttachmentContent('签到表.pdf', pdfOf())
    const created = await saveTraining(db, trainingOf(), [photo, pdf, photo], { today })
    expect(created.attachments.map((attachment) => [attachment.name, attachment.kind, attachment.size])).toEqual([
      ['现场.jpg', 'photo', photo.content.length],
      ['签到表.pdf', 'document', pdf.content.length]
    ])

    // The same photo chosen again is not stored twice.
    const again = await saveTraining(db, trainingOf({ id: created.id }), [photo], { today })
    expect(again.attachments).toHaveLength(2)

    const removed = await saveTraining(db, trainingOf({ id: created.id, removeAttachmentIds: [created.attachments[0].id] }), [], { today })
    expect(removed.attachments.map((attachment) => attachment.name)).toEqual(['签到表.pdf'])
  })

  it('refuses removing an attachment of another training', async () => {
    const { db } = await newSchool()
    const pdf = await prepareAttachmentContent('签到表.pdf', pdfOf())
    const first = await saveTraining(db, trainingOf(), [pdf], { today })
    const second = await saveTraining(db, trainingOf({ topic: '第二次' }), [], { today })
    await expect(saveTraining(db, trainingOf({ id: second.id, removeAttachmentIds: [first.attachments[0].id] }), [], { today })).rejects.toMatchObject({
      data: { code: 'not-found', field: '要删除的附件' }
    })
  })

  it('refuses more than 30 attachments and changes nothing', async () => {
    const { db, sqlite } = await newSchool()
    const files = []
    for (let index = 0; index <= attachmentLimits.maxPerTraining; index++) files.push(await prepareAttachmentContent(`第${index + 1}份.pdf`, pdfOf(2000 + index)))
    const before = dumpContent(sqlite)
    const error = await saveTraining(db, trainingOf(), files, { today }).catch((caught: { data: Parameters<typeof describeError>[0] }) => caught.data)
    expect(error).toMatchObject({ code: 'attachment-limit', limit: 30, length: 31 })
    expect(describeError(error as Parameters<typeof describeError>[0])).toBe(
      '每次培训最多保存 30 个照片和附件，这次培训将有 31 个。请少选几个，或先删去不需要的附件后再保存，已保存的培训记录不受影响。'
    )
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('refuses a training whose files add up to more than 60 MB', async () => {
    const { db } = await newSchool()
    const files = []
    for (let index = 0; index < 4; index++) files.push(await prepareAttachmentContent(`第${index + 1}册.pdf`, pdfOf(16 * 1024 * 1024 + index)))
    await expect(saveTraining(db, trainingOf(), files, { today })).rejects.toMatchObject({ data: { code: 'attachment-too-large', file: '第4册.pdf', limit: 60 } })
    expect(await listTrainings(db)).toEqual([])
  })
})

describe('attachment channels', () => {
  async function context(): Promise<HandlerContext & { platform: HarnessPlatform }> {
    const schoolDb = await newSchool()
    return {
      session: new SchoolSession(schoolDb),
      platform: new HarnessPlatform(null),
      jobs: new JobRegistry(),
      outputsJob: () => async () => {
        throw new Error('not used')
      },
      harness: true,
      chosen: new Map()
    }
  }

  it('checks chosen files at once and stores the accepted ones with the training', async () => {
    const ctx = await context()
    ctx.platform.nextAttachmentFiles = [fileWith('演练.jpg', await photoJpeg(2000, 1500)), fileWith('名单.jpg', Buffer.from('不是照片'))]
    const chosen = await dispatch(ctx, 'trainings:choose-attachments', {})
    expect(chosen.ok).toBe(true)
    const { accepted, rejected } = (chosen as { value: ChosenAttachments }).value
    expect(accepted).toHaveLength(1)
    expect(accepted[0]).toMatchObject({ fileName: '演练.jpg', kind: 'photo' })
    expect(accepted[0].thumbnail).toMatch(/^data:image\/jpeg;base64,/)
    expect(rejected.map((item) => item.fileName)).toEqual(['名单.jpg'])
    expect(describeError(rejected[0].error)).toContain('“名单.jpg”不能作为培训附件添加')

    const saved = await dispatch(ctx, 'trainings:save', { ...trainingOf(), id: null, heldOn: '2026-09-10', addAttachments: [accepted[0].token] })
    expect(saved.ok).toBe(true)
    const training = (saved as { value: Training }).value
    expect(training.attachments).toMatchObject([{ name: '演练.jpg', kind: 'photo', width: 1600, height: 1200 }])

    const preview = await dispatch(ctx, 'trainings:attachment-preview', { id: training.attachments[0].id })
    expect(preview).toMatchObject({ ok: true, value: { name: '演练.jpg' } })
  })

  it('refuses a token that names no chosen file', async () => {
    const ctx = await context()
    const result = await dispatch(ctx, 'trainings:save', { ...trainingOf(), id: null, heldOn: '2026-09-10', addAttachments: ['not-a-token'] })
    expect(result).toEqual({ ok: false, error: { code: 'attachment-not-chosen' } })
    expect(await listTrainings(ctx.session.schoolDb.db)).toEqual([])
  })

  it('returns null when the dialog is cancelled', async () => {
    const ctx = await context()
    expect(await dispatch(ctx, 'trainings:choose-attachments', {})).toEqual({ ok: true, value: null })
  })
})
