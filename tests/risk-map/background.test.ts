import { openSync, closeSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { RiskMapState } from '../../shared/domain/risk-map'
import { describeError } from '../../shared/errors'
import type { Result } from '../../shared/result'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { dumpContent } from '../helpers/dump'
import { newSchool, tempFolder } from '../helpers/temp'

interface Fixture {
  ctx: HandlerContext
  platform: HarnessPlatform
  folder: string
  dump(): string
}

async function fixture(): Promise<Fixture> {
  const schoolDb = await newSchool()
  const platform = new HarnessPlatform(null)
  const ctx: HandlerContext = {
    session: new SchoolSession(schoolDb),
    platform,
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
  return { ctx, platform, folder: tempFolder(), dump: () => dumpContent(schoolDb.sqlite) }
}

/** Draws a plan-like picture: white with a grey building, so it compresses as a real plan does. */
function planImage(width: number, height: number) {
  const building = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="${width / 4}" y="${height / 4}" width="${width / 2}" height="${height / 3}" fill="#888"/></svg>`)
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite([{ input: building }])
}

/** Chooses a file in the (harness) dialog and stores it, as the window does with its two calls. */
async function chooseAndSet(f: Fixture, file: string): Promise<Result<RiskMapState>> {
  f.platform.nextMapImage = file
  const chosen = await dispatch(f.ctx, 'risk-map:choose-background', {})
  if (!chosen.ok || chosen.value === null) throw new Error('the dialog returned no file')
  const { token } = chosen.value as { token: string }
  return (await dispatch(f.ctx, 'risk-map:set-background', { token })) as Result<RiskMapState>
}

function expectValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${describeError(result.error)}`)
  return result.value
}

describe('plan image upload', () => {
  it('stores a large PNG downscaled', async () => {
    const f = await fixture()
    const file = join(f.folder, '校园总平面图.png')
    await planImage(5000, 3000).png().toFile(file)

    const state = expectValue(await chooseAndSet(f, file))
    expect(state.map).toMatchObject({ width: 4000, height: 2400, background: { type: 'png', fileName: '校园总平面图.png' } })

    const image = expectValue(await dispatch(f.ctx, 'risk-map:background-image', {})) as { dataUri: string }
    expect(image.dataUri.startsWith('data:image/png;base64,')).toBe(true)
    const stored = await sharp(Buffer.from(image.dataUri.split(',')[1], 'base64')).metadata()
    expect([stored.format, stored.width, stored.height]).toEqual(['png', 4000, 2400])
  })

  it('stores a JPEG as JPEG at its own size', async () => {
    const f = await fixture()
    const file = join(f.folder, '平面图照片.jpg')
    await planImage(1200, 800).jpeg().toFile(file)

    const state = expectValue(await chooseAndSet(f, file))
    expect(state.map).toMatchObject({ width: 1200, height: 800, background: { type: 'jpeg', fileName: '平面图照片.jpg' } })
  })

  it('refuses a text file renamed .png, naming the file and changing nothing', async () => {
    const f = await fixture()
    const file = join(f.folder, '平面图.png')
    writeFileSync(file, '这不是图片，是一段文字。\n')
    const before = f.dump()

    const result = await chooseAndSet(f, file)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'map-image-invalid', file: '平面图.png' })
    expect(describeError(result.error)).toBe(
      '“平面图.png”无法用作校园平面图：不是 PNG 或 JPEG 图片（文件内容是文字）。平面图未更换，请选择清晰的 PNG 或 JPG 格式校园平面图（其他格式可先用画图软件另存为 PNG 或 JPG）。'
    )
    expect(f.dump()).toBe(before)
  })

  it('refuses a damaged PNG and a GIF by their content', async () => {
    const f = await fixture()
    const damaged = join(f.folder, '损坏.png')
    writeFileSync(damaged, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]))
    const gif = join(f.folder, '动图.png')
    await planImage(400, 300).gif().toFile(gif)
    const before = f.dump()

    const broken = await chooseAndSet(f, damaged)
    expect(broken.ok).toBe(false)
    expect(broken.ok ? undefined : broken.error.detail).toBe('图片已损坏或不完整，无法读取')
    const animated = await chooseAndSet(f, gif)
    expect(animated.ok).toBe(false)
    expect(animated.ok ? undefined : animated.error.detail).toBe('不是 PNG 或 JPEG 图片（这是 GIF 图片）')
    expect(f.dump()).toBe(before)
  })

  it('refuses a file over 15 MB before reading it, changing nothing', async () => {
    const f = await fixture()
    const file = join(f.folder, '扫描件.png')
    const handle = openSync(file, 'w')
    writeSync(handle, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    ftruncateSync(handle, 16 * 1024 * 1024)
    closeSync(handle)
    const before = f.dump()

    const result = await chooseAndSet(f, file)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'map-image-too-large', file: '扫描件.png', detail: '16.0 MB' })
    expect(describeError(result.error)).toContain('超过 15 MB 的上限，平面图未更换')
    expect(f.dump()).toBe(before)
  })

  it('refuses a token that names no chosen image', async () => {
    const f = await fixture()
    const result = await dispatch(f.ctx, 'risk-map:set-background', { token: 'not-a-token' })
    expect(result).toMatchObject({ ok: false, error: { code: 'map-image-not-chosen' } })
  })

  it('keeps the areas when the image is replaced or removed', async () => {
    const f = await fixture()
    expectValue(await dispatch(f.ctx, 'risk-map:create-blank', { width: 1600, height: 1000 }))
    expectValue(await dispatch(f.ctx, 'risk-map:add-area', { shape: 'rect', points: [[400, 250], [800, 500]], label: '教学楼' }))

    // The new image is twice as wide and as tall as the grid: the area keeps its place on the plan.
    const file = join(f.folder, '平面图.png')
    await planImage(3200, 2000).png().toFile(file)
    let state = expectValue(await chooseAndSet(f, file))
    expect(state.map).toMatchObject({ width: 3200, height: 2000 })
    expect(state.areas[0]).toMatchObject({ label: '教学楼', points: [[800, 500], [1600, 1000]] })

    state = expectValue(await dispatch(f.ctx, 'risk-map:remove-background', {})) as RiskMapState
    expect(state.map).toMatchObject({ width: 3200, height: 2000, background: null })
    expect(state.areas[0]).toMatchObject({ label: '教学楼', points: [[800, 500], [1600, 1000]] })
    expect(expectValue(await dispatch(f.ctx, 'risk-map:background-image', {}))).toBeNull()
  })
})
