import { existsSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { recentFileChannels } from '../../shared/contract/recent-files'
import { AppError } from '../../shared/errors'
import { appInfo } from './core.handlers'
import type { HandlersFor } from './context'

/** Handlers of the recent school files: the list comes from the platform, and a file is opened by its index. */
export const recentFileHandlers: HandlersFor<typeof recentFileChannels> = {
  'files:recent': async (ctx) => {
    const current = resolve(ctx.session.file)
    const files = await ctx.platform.recentSchoolFiles()
    return files.map((path, index) => ({
      index,
      fileName: basename(path),
      path,
      missing: !existsSync(path),
      current: resolve(path) === current
    }))
  },
  'files:open-recent': async (ctx, input) => {
    const files = await ctx.platform.recentSchoolFiles()
    const file = files[input.index]
    if (file === undefined) throw new AppError({ code: 'not-found', field: '最近打开的学校文件', detail: `第 ${input.index + 1} 个` })
    if (!existsSync(file)) throw new AppError({ code: 'recent-file-missing', file })

    if (resolve(file) !== resolve(ctx.session.file)) await ctx.session.open(file)
    await ctx.platform.rememberSchoolFile(file)
    return appInfo(ctx)
  }
}
