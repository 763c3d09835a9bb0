import { z } from 'zod'
import { emptyInput } from '../schemas/inputs'
import { channel } from './channel-def'
import type { AppInfo } from './core'

/** Channels of the recently opened school files, a list the main process keeps. */

export interface RecentSchoolFile {
  /** Position in the list; `files:open-recent` names a file by it, so the window never sends a path. */
  index: number
  fileName: string
  /** Full path, shown so two files of the same name can be distinguished. */
  path: string
  /** True when the file is no longer where it was (moved, renamed, deleted or on a removed USB stick). */
  missing: boolean
  /** True for the school file open now. */
  current: boolean
}

export const recentFileChannels = {
  'files:recent': channel<RecentSchoolFile[]>()(emptyInput),
  'files:open-recent': channel<AppInfo>()(z.object({ index: z.number().int().min(0).max(99) }))
} as const
