import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { productName } from '../app-version'
import { exportCustomLibrary, importCustomLibrary } from '../custom-library/custom-library.service'
import type { Command } from './commands'

const usage = `用法：npm run cli -- library export <文件.json> [--library 自定义风险库.json]
      npm run cli -- library import <文件.json> [--replace] [--library 自定义风险库.json]`

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/**
 * Returns the custom library file the desktop app uses, so the command line and the app share one library.
 * Electron's userData folder is the per-user application-data folder (%APPDATA% on Windows,
 * ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config on Linux) joined with the product
 * name, because the app does not set its own userData path.
 */
export function defaultCustomLibraryFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir()
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(appData, productName, 'custom-library.json')
}

/** `library export FILE` and `library import FILE [--replace]` on the consultant's custom risk library. */
export const library: Command = async (options) => {
  const [action, file] = options.args
  if ((action !== 'export' && action !== 'import') || !file) {
    print(usage)
    return 2
  }
  const libraryFile = resolve(options.library ?? defaultCustomLibraryFile())

  if (action === 'export') {
    const result = exportCustomLibrary(libraryFile, resolve(file))
    print(`已导出 ${result.entries} 个自定义条目到 ${resolve(file)}（自定义风险库：${libraryFile}）。`)
    return 0
  }

  const result = importCustomLibrary(libraryFile, resolve(file), { replaceAll: options.replace ?? false })
  if (!result.imported) {
    print(`“${result.fileName}”未导入，自定义风险库未作任何改动。发现 ${result.problems.length} 个问题：`)
    for (const problem of result.problems) print(`  - ${problem.message}`)
    return 1
  }
  const removed = result.removed > 0 ? `，删除 ${result.removed} 个` : ''
  print(`已导入“${result.fileName}”：新增 ${result.added} 个条目，替换 ${result.replaced} 个${removed}（自定义风险库：${libraryFile}）。`)
  return 0
}
