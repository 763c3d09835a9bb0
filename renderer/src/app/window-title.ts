import { useEffect } from 'react'
import type { AppInfo } from '@shared/channels'

export const productTitle = '学校双重预防体系建设助手'

/** Returns the last part of a path, for both Windows and POSIX separators. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** Returns 学校名 — 文件名 — 学校双重预防体系建设助手, or the product name before the school file is known. */
export function windowTitle(info: AppInfo | undefined): string {
  if (!info) return productTitle
  return `${info.schoolName || '未命名学校'} — ${fileNameOf(info.schoolFile)} — ${productTitle}`
}

/**
 * Keeps the page title on the school and its file. Electron's window takes the page title (its
 * `page-title-updated` event is not prevented), so the taskbar shows which school is open.
 */
export function useWindowTitle(info: AppInfo | undefined): void {
  useEffect(() => {
    document.title = windowTitle(info)
  }, [info])
}
