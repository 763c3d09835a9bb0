import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError, describeError, type AppErrorData } from '../../shared/errors'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { addHazardPhotos, getHazardPhoto } from '../../electron/hazards/photos.service'
import { recordOnTheSpot } from '../../electron/hazards/register.service'
import { photoLimits, processPhoto } from '../../electron/hazards/photos'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { dumpContent } from '../helpers/dump'
import { tempFolder } from '../helpers/temp'
import { hazardSchool, onTheSpot, register, registration, testNow, writePicture } from './fixture'

async function refusal(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error.data
    throw error
  }
  throw new Error('expected the photo to be refused')
}

describe('photo processing', () => {
  it('re-encodes a large PNG as a smaller JPEG', async () => {
    const file = await writePicture(tempFolder(), '配电室.png', 3000, 2000, 'png')
    const photo = await processPhoto(file)

    expect(photo).toMatchObject({ originalName: '配电室.png', width: 1600, height: 1067 })
    expect(photo.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    expect(photo.sha256).toBe(createHash('sha256').update(photo.bytes).digest('hex'))
    const thumbnail = await sharp(photo.thumbnail).metadata()
    expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(['jpeg', 240, 160])
  })

  it('keeps a small picture at its size', async () => {
    const photo = await processPhoto(await writePicture(tempFolder(), '小图.jpg', 800, 600))
    expect([photo.width, photo.height]).toEqual([800, 600])
  })

  it('applies the EXIF orientation of a phone photo', async () => {
    const folder = tempFolder()
    const upright = await writePicture(folder, '原图.jpg', 400, 300)
    const rotated = join(folder, '竖拍.jpg')
    await sharp(upright).withMetadata({ orientation: 6 }).toFile(rotated)
    const photo = await processPhoto(rotated)
    expect([photo.width, photo.height]).toEqual([300, 400])
  })

  it('refuses a text file renamed .jpg, naming the file', async () => {
    const file = join(tempFolder(), '整改通知.jpg')
    writeFileSync(file, '这是一份文字材料，不是照片。')
    const error = await refusal(processPhoto(file))
    expect(error).toMatchObject({ code: 'photo-invalid', file: '整改通知.jpg' })
    expect(describeError(error)).toBe(
      '“整改通知.jpg”不能作为照片添加：文件内容不是 JPEG 或 PNG 图片（可能只是改了扩展名）。只能添加 JPEG（.jpg）或 PNG（.png）格式的图片，请重新选择。'
    )
  })

  it('refuses a GIF and a damaged JPEG', async () => {
    const folder = tempFolder()
    const gif = join(folder, '动图.gif')
    await sharp({ create: { width: 10, height: 10, channels: 3, background: '#ff0000' } }).gif().toFile(gif)
    expect((await refusal(processPhoto(gif))).code).toBe('photo-invalid')

    const whole = await writePicture(folder, '完整.jpg', 600, 400)
    const cut = join(folder, '传了一半.jpg')
    writeFileSync(cut, (await sharp(whole).toBuffer()).subarray(0, 2000))
    expect(await refusal(processPhoto(cut))).toMatchObject({ code: 'photo-invalid', file: '传了一半.jpg', detail: '图片已损坏或不完整，无法读取' })
  })

  it('refuses a file over the size limit before reading it', async () => {
    const file = join(tempFolder(), '超大.jpg')
    const big = Buffer.alloc(photoLimits.maxInputBytes + 1)
    big.set([0xff, 0xd8, 0xff], 0)
    writeFileSync(file, big)
    const error = await refusal(processPhoto(file))
    expect(error).toMatchObject({ code: 'photo-too-large', file: '超大.jpg', detail: '15.0 MB', limit: 15 })
    expect(describeError(error)).toBe('照片“超大.jpg”有 15.0 MB，超过每张 15 MB 的上限。请先用手机相册或画图软件缩小后再添加。')
  })
})

describe('hazard photos', () => {
  it('stores photos with their metadata and serves the full size', async () => {
    const school = await hazardSchool()
    const file = await writePicture(tempFolder(), '灭火器.jpg', 2000, 1500)
    const { photos } = await register(school, {}, [file])

    expect(photos).toHaveLength(1)
    expect(photos[0]).toMatchObject({ stage: 'found', width: 1600, height: 1200, originalName: '灭火器.jpg' })
    expect(photos[0].thumbnail).toMatch(/^data:image\/jpeg;base64,/)
    const full = await getHazardPhoto(school.schoolDb.db, photos[0].id)
    const bytes = Buffer.from(full.dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64')
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(photos[0].sha256)
    expect(full.size).toBe(bytes.length)
  })

  it('allows at most nine photos per stage and changes nothing when refused', async () => {
    const school = await hazardSchool()
    const folder = tempFolder()
    const files = []
    for (let index = 1; index <= 10; index++) files.push(await writePicture(folder, `现场${index}.jpg`, 120, 90))
    const { hazard } = await register(school, {}, files.slice(0, 6))
    const before = dumpContent(school.schoolDb.sqlite)

    const error = await refusal(addHazardPhotos(school.schoolDb.db, hazard.id, 'found', files.slice(6), testNow))
    expect(describeError(error)).toBe('「整改前」照片最多 9 张，该隐患已有 6 张，这次又选了 4 张。请少选几张，或先删去不需要的照片。')
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)

    const added = await addHazardPhotos(school.schoolDb.db, hazard.id, 'rectified', files.slice(6), testNow)
    expect(added.photos.filter((photo) => photo.stage === 'rectified')).toHaveLength(4)
  })

  it('rejects a whole batch for one picture', async () => {
    const school = await hazardSchool()
    const folder = tempFolder()
    const { hazard } = await register(school)
    const good = await writePicture(folder, '配电箱.png', 300, 200, 'png')
    const fake = join(folder, 'photo.jpg')
    writeFileSync(fake, '这是一段文字，不是照片。')
    const before = dumpContent(school.schoolDb.sqlite)

    const error = await refusal(addHazardPhotos(school.schoolDb.db, hazard.id, 'found', [good, fake], testNow))
    expect(error).toMatchObject({ code: 'photo-invalid', file: 'photo.jpg', length: 2 })
    expect(describeError(error)).toBe(
      '“photo.jpg”不能作为照片添加：文件内容不是 JPEG 或 PNG 图片（可能只是改了扩展名）。本次的 2 张照片都没有添加，学校文件未作任何改动。只能添加 JPEG（.jpg）或 PNG（.png）格式的图片，请去掉这个文件后再试。'
    )
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })

  it('names the batch for a too-large picture', async () => {
    const school = await hazardSchool()
    const folder = tempFolder()
    const { hazard } = await register(school)
    const good = await writePicture(folder, '走廊.jpg', 300, 200)
    const big = join(folder, '超大.jpg')
    const bytes = Buffer.alloc(photoLimits.maxInputBytes + 1)
    bytes.set([0xff, 0xd8, 0xff], 0)
    writeFileSync(big, bytes)

    const error = await refusal(addHazardPhotos(school.schoolDb.db, hazard.id, 'found', [good, big, good], testNow))
    expect(describeError(error)).toBe('照片“超大.jpg”有 15.0 MB，超过每张 15 MB 的上限。本次的 3 张照片都没有添加，学校文件未作任何改动。请先用手机相册或画图软件缩小后再添加。')
  })

  it('counts both stages of an on-the-spot record', async () => {
    const school = await hazardSchool()
    const folder = tempFolder()
    const before = await writePicture(folder, '整改前.jpg', 300, 200)
    const after = join(folder, '整改后.png')
    writeFileSync(after, 'not a picture')
    const unchanged = dumpContent(school.schoolDb.sqlite)

    const error = await refusal(recordOnTheSpot(school.schoolDb.db, onTheSpot(school), { found: [before], rectified: [after] }, testNow))
    expect(error).toMatchObject({ code: 'photo-invalid', file: '整改后.png', length: 2 })
    expect(describeError(error)).toContain('本次的 2 张照片都没有添加')
    expect(dumpContent(school.schoolDb.sqlite)).toBe(unchanged)
  })

  it('registers nothing when one of the chosen pictures is refused', async () => {
    const school = await hazardSchool()
    const folder = tempFolder()
    const good = await writePicture(folder, '好.jpg', 200, 150)
    const bad = join(folder, '坏.png')
    writeFileSync(bad, 'not a picture')
    const before = dumpContent(school.schoolDb.sqlite)
    expect((await refusal(register(school, {}, [good, bad]))).file).toBe('坏.png')
    expect(dumpContent(school.schoolDb.sqlite)).toBe(before)
  })
})

describe('photo channels', () => {
  it('take pictures only through the tokens of the photo dialog', async () => {
    const school = await hazardSchool()
    const platform = new HarnessPlatform(null)
    const ctx: HandlerContext = {
      session: new SchoolSession(school.schoolDb),
      platform,
      jobs: new JobRegistry(),
      outputsJob: () => async () => {
        throw new Error('not used')
      },
      harness: true,
      chosen: new Map()
    }
    const file = await writePicture(tempFolder(), '走廊.jpg', 300, 200)
    platform.nextPhotoFiles = [file]

    const chosen = await dispatch(ctx, 'hazards:choose-photos', {})
    if (!chosen.ok) throw new Error('choose failed')
    const [picked] = chosen.value as { token: string; fileName: string; bytes: number }[]
    expect(picked).toMatchObject({ fileName: '走廊.jpg' })
    expect(picked.bytes).toBeGreaterThan(0)

    const input = { ...registration(school), foundBy: { staffId: school.safetyOfficer } }
    const registered = await dispatch(ctx, 'hazards:register', { ...input, photoTokens: [picked.token] })
    expect(registered).toMatchObject({ ok: true, value: { photos: [{ originalName: '走廊.jpg' }] } })

    const forged = await dispatch(ctx, 'hazards:register', { ...input, photoTokens: ['/etc/passwd'] })
    expect(forged).toMatchObject({ ok: false, error: { code: 'photo-not-chosen' } })
  })
})
