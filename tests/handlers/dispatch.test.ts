import { describe, expect, it } from 'vitest'
import { describeError } from '../../shared/errors'
import { channelNames } from '../../shared/channels'
import { dispatch } from '../../electron/handlers/dispatch'
import { handlers, type HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { newSchool } from '../helpers/temp'

async function context(): Promise<HandlerContext> {
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

describe('dispatch', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort())
  })

  it('returns a value result for a valid call', async () => {
    const ctx = await context()
    const result = await dispatch(ctx, 'staff:save', { name: '李文博', phone: '13903910001' })
    expect(result).toMatchObject({ ok: true, value: { name: '李文博', phone: '13903910001' } })
  })

  it('returns an error result naming the field for a bad phone', async () => {
    const ctx = await context()
    const result = await dispatch(ctx, 'staff:save', { name: '李文博', phone: '12345' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'invalid-phone', field: '联系电话', value: '12345' })
    expect(describeError(result.error)).toMatch(/「联系电话」“12345”不是有效的电话号码/)
  })

  it('rejects an unknown channel', async () => {
    const ctx = await context()
    expect(await dispatch(ctx, 'fs:read', { path: '/etc/passwd' })).toEqual({ ok: false, error: { code: 'unknown-channel', detail: 'fs:read' } })
    expect(await dispatch(ctx, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('rejects an input of the wrong shape', async () => {
    const ctx = await context()
    const result = await dispatch(ctx, 'staff:delete', { id: 'DROP TABLE staff' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('turns an unexpected failure into an internal error without a stack', async () => {
    const ctx = await context()
    await ctx.session.schoolDb.close()
    const result = await dispatch(ctx, 'staff:list', {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('internal')
    expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+/)
    expect(describeError(result.error)).toContain('已保存的数据不受影响')
  })

  it('refuses to start outputs without a folder chosen in a dialog', async () => {
    const ctx = await context()
    const result = await dispatch(ctx, 'outputs:start', { token: '/tmp/evil' })
    expect(result).toMatchObject({ ok: false, error: { code: 'folder-not-chosen' } })
  })

  it('opens another school file only from the platform dialog and keeps the current one on failure', async () => {
    const ctx = await context()
    const current = ctx.session.file
    const platform = ctx.platform as HarnessPlatform
    platform.nextOpenFile = '/definitely/missing/学校.school'
    const result = await dispatch(ctx, 'files:open', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'file-not-found' } })
    expect(ctx.session.file).toBe(current)
    expect(await dispatch(ctx, 'staff:list', {})).toMatchObject({ ok: true })
  })
})
