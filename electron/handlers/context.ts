import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { AppError, type AppErrorData } from '../../shared/errors'
import type { ChannelTable } from '../../shared/channels'
import type { OutputOf } from '../../shared/contract/channel-def'
import type { JobBody, JobRegistry } from '../jobs/job-registry'
import type { Platform } from './platform'
import type { SchoolSession } from './session'

/** Everything a handler may use. */
export interface HandlerContext {
  session: SchoolSession
  platform: Platform
  jobs: JobRegistry
  /** Builds the body of an outputs job for a school file and an output folder. */
  outputsJob(schoolFile: string, folder: string): JobBody
  /** True in the loopback test harness. */
  harness: boolean
  /** Paths chosen in main-process dialogs, by the token the window holds; the window never sends a path. */
  chosen: Map<string, ChosenPath>
}

export type ChosenKind =
  | 'output-folder'
  | 'import-file'
  | 'map-image'
  | 'attachment-file'
  | 'photo-file'
  | 'custom-library-export'
  | 'custom-library-import'

export interface ChosenPath {
  kind: ChosenKind
  path: string
}

/** The error for a token that names no path of the kind asked for, e.g. after the app restarted. */
const notChosenErrors: Record<ChosenKind, AppErrorData> = {
  'output-folder': { code: 'folder-not-chosen' },
  'import-file': { code: 'import-file-not-chosen' },
  'map-image': { code: 'map-image-not-chosen' },
  'attachment-file': { code: 'attachment-not-chosen' },
  'photo-file': { code: 'photo-not-chosen' },
  'custom-library-export': { code: 'custom-library-file-not-chosen' },
  'custom-library-import': { code: 'custom-library-file-not-chosen' }
}

/** Remembers a path chosen in a dialog and returns the token the window will name it by. */
export function rememberChoice(ctx: HandlerContext, kind: ChosenKind, path: string): string {
  const token = randomUUID()
  ctx.chosen.set(token, { kind, path })
  return token
}

/** The path a token stands for; only a path of the expected kind is returned. */
export function chosenPath(ctx: HandlerContext, token: string, kind: ChosenKind): string {
  const chosen = ctx.chosen.get(token)
  if (!chosen || chosen.kind !== kind) throw new AppError(notChosenErrors[kind])
  return chosen.path
}

/** The handlers of one feature's channel table: one function per channel, typed by its input and result. */
export type HandlersFor<T extends ChannelTable> = {
  [K in keyof T]: (ctx: HandlerContext, input: z.output<T[K]['input']>) => Promise<OutputOf<T[K]>>
}
