import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { CustomRiskLibrary } from '../../shared/domain/custom-library'
import type { LibraryEntry } from '../../shared/domain/library'
import { describeError } from '../../shared/errors'
import { defaultCustomLibraryFile, library } from '../../electron/cli/library'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { newSchool, tempFolder } from '../helpers/temp'

async function context(): Promise<{ ctx: HandlerContext; platform: HarnessPlatform }> {
  const platform = new HarnessPlatform(null)
  platform.customLibraryPath = join(tempFolder(), 'custom-library.json')
  const ctx: HandlerContext = {
    session: new SchoolSession(await newSchool()),
    platform,
    jobs: new JobRegistry(),
    outputsJob: () => async () => {
      throw new Error('not used')
    },
    harness: true,
    chosen: new Map()
  }
  return { ctx, platform }
}

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** Adds the built-in gate point and saves it as a custom entry through the channels. */
async function savedGate(ctx: HandlerContext): Promise<string> {
  const [gate] = await value<{ id: number }[]>(dispatch(ctx, 'risk-points:add-from-library', { keys: ['gate'] }))
  const saved = await value<{ entry: { key: string } }>(
    dispatch(ctx, 'custom-library:save-point', { riskPointId: gate.id, name: '校门（专家版）', categories: [], facilities: [] })
  )
  return saved.entry.key
}

describe('custom library channels', () => {
  it('list and add custom entries', async () => {
    const { ctx } = await context()
    const key = await savedGate(ctx)

    const entries = await value<LibraryEntry[]>(dispatch(ctx, 'library:list', {}))
    expect(entries.find((entry) => entry.key === key)).toMatchObject({ custom: true, name: '校门（专家版）', added: false })
    expect(entries.filter((entry) => !entry.custom).length).toBeGreaterThanOrEqual(85)

    const added = await value<{ libraryKey: string }[]>(dispatch(ctx, 'risk-points:add-from-library', { keys: [key] }))
    expect(added).toMatchObject([{ libraryKey: key }])
  })

  it('export and import only chosen files', async () => {
    const { ctx, platform } = await context()
    await savedGate(ctx)
    const target = join(tempFolder(), '导出的风险库.json')

    expect(await dispatch(ctx, 'custom-library:choose-export', {})).toEqual({ ok: true, value: null })
    const forged = await dispatch(ctx, 'custom-library:export', { token: target })
    expect(forged).toMatchObject({ ok: false, error: { code: 'custom-library-file-not-chosen' } })
    expect(existsSync(target)).toBe(false)

    platform.nextCustomLibraryExportFile = target
    const chosen = await value<{ token: string; fileName: string }>(dispatch(ctx, 'custom-library:choose-export', {}))
    expect(chosen.fileName).toBe('导出的风险库.json')
    expect(await dispatch(ctx, 'custom-library:import', { token: chosen.token })).toMatchObject({ ok: false, error: { code: 'custom-library-file-not-chosen' } })
    expect(await value(dispatch(ctx, 'custom-library:export', { token: chosen.token }))).toEqual({ fileName: '导出的风险库.json', entries: 1 })

    const other = await context()
    other.platform.nextCustomLibraryImportFile = target
    const source = await value<{ token: string }>(dispatch(other.ctx, 'custom-library:choose-import', {}))
    const imported = await value(dispatch(other.ctx, 'custom-library:import', { token: source.token }))
    expect(imported).toMatchObject({ imported: true, added: 1, replaced: 0, problems: [] })
  })

  it('rename, re-scope and delete entries', async () => {
    const { ctx } = await context()
    const key = await savedGate(ctx)
    const updated = await value<{ entries: { name: string; categories: string[] }[] }>(
      dispatch(ctx, 'custom-library:update-entry', { key, name: '校门管理', area: '校门', description: '', categories: ['幼儿园'], facilities: [] })
    )
    expect(updated.entries[0]).toMatchObject({ name: '校门管理', categories: ['幼儿园'] })

    const bad = await dispatch(ctx, 'custom-library:update-entry', { key, name: '校门', area: '', description: '', categories: ['大学'], facilities: [] })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-choice', field: '适用学校类别', value: '大学' } })

    const meta = await value<{ name: string; author: string }>(dispatch(ctx, 'custom-library:save-meta', { name: '张工的风险库', author: '张工' }))
    expect(meta).toMatchObject({ name: '张工的风险库', author: '张工' })
    expect(await value<{ entries: unknown[] }>(dispatch(ctx, 'custom-library:delete-entry', { key }))).toMatchObject({ entries: [] })
  })

  it('report a damaged library file', async () => {
    const { ctx, platform } = await context()
    writeFileSync(platform.customLibraryPath, '{"format": 1')
    const result = await dispatch(ctx, 'custom-library:get', {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('custom-library-damaged')
    expect(describeError(result.error)).toContain('自定义风险库暂不能修改')
    expect((await value<LibraryEntry[]>(dispatch(ctx, 'library:list', {}))).some((entry) => entry.custom)).toBe(false)
  })
})

describe('npm run cli -- library', () => {
  it('exports, imports and lists problems', async () => {
    const { ctx, platform } = await context()
    await savedGate(ctx)
    const exported = join(tempFolder(), '风险库.json')
    const target = join(tempFolder(), 'other-library.json')
    const printed: string[] = []
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      printed.push(String(text))
      return true
    })

    try {
      expect(await library({ args: ['export', exported], json: false, library: platform.customLibraryPath })).toBe(0)
      expect(await library({ args: ['import', exported], json: false, library: target })).toBe(0)
      expect(printed.join('')).toContain('新增 1 个条目，替换 0 个')

      const broken = JSON.parse(readFileSync(exported, 'utf8')) as CustomRiskLibrary
      broken.riskPoints[0].risks[0].accidentTypes = ['99']
      writeFileSync(exported, JSON.stringify(broken))
      const before = readFileSync(target)
      expect(await library({ args: ['import', exported], json: false, library: target, replace: true })).toBe(1)
      expect(readFileSync(target)).toEqual(before)
      expect(printed.join('')).toMatch(/「事故类型第 1 项」“99”不在可选范围内/)

      expect(await library({ args: ['remove', exported], json: false })).toBe(2)
    } finally {
      write.mockRestore()
    }
  })

  it('defaults to the app data folder', () => {
    expect(defaultCustomLibraryFile({ APPDATA: 'C:\\Users\\张工\\AppData\\Roaming' }, 'win32')).toContain('学校双重预防体系建设助手')
    expect(defaultCustomLibraryFile({ XDG_CONFIG_HOME: '/home/zhang/.config' }, 'linux')).toBe('/home/zhang/.config/学校双重预防体系建设助手/custom-library.json')
  })
})
