import type { AppErrorData } from '../../shared/errors'
import type { OutputsResult } from '../../shared/jobs'
import type { LogRecord } from '../logging/logger'

export interface WorkerRequest {
  schoolFile: string
  folder: string
}

export type WorkerMessage =
  | { type: 'progress'; percent: number; step: string }
  | { type: 'log'; record: LogRecord }
  | { type: 'done'; result: OutputsResult }
  | { type: 'failed'; error: AppErrorData; stack: string }
