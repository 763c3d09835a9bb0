import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The one logger. Each module takes a named child (`createLogger('school-file')`); lines go to the sinks
 * set at start-up: a rotating file in the app's user data folder, standard error for the command-line
 * tool with --verbose, nothing in tests unless a test adds a sink.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

const levelOrder: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export interface LogRecord {
  time: string
  level: LogLevel
  name: string
  message: string
  error?: string
}

export type LogSink = (record: LogRecord) => void

const sinks = new Set<LogSink>()
let minimumLevel: LogLevel = 'info'

export function setLogLevel(level: LogLevel): void {
  minimumLevel = level
}

export function addLogSink(sink: LogSink): () => void {
  sinks.add(sink)
  return () => sinks.delete(sink)
}

/** Formats an error with its stack and any `cause` chain, for the log file only. */
export function errorToLogText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const parts = [error.stack ?? `${error.name}: ${error.message}`]
  let cause = (error as { cause?: unknown }).cause
  while (cause instanceof Error) {
    parts.push(`Caused by: ${cause.stack ?? cause.message}`)
    cause = (cause as { cause?: unknown }).cause
  }
  return parts.join('\n')
}

export function formatLogRecord(record: LogRecord): string {
  const head = `${record.time} ${record.level.toUpperCase().padEnd(5)} [${record.name}] ${record.message}`
  return record.error ? `${head}\n${record.error}\n` : `${head}\n`
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string, error?: unknown): void
  error(message: string, error?: unknown): void
}

export function createLogger(name: string): Logger {
  const emit = (level: LogLevel, message: string, error?: unknown): void => {
    if (levelOrder[level] < levelOrder[minimumLevel] || sinks.size === 0) return
    const record: LogRecord = { time: new Date().toISOString(), level, name, message }
    if (error !== undefined) record.error = errorToLogText(error)
    for (const sink of sinks) sink(record)
  }

  return {
    debug: (message) => emit('debug', message),
    info: (message) => emit('info', message),
    warn: (message, error) => emit('warn', message, error),
    error: (message, error) => emit('error', message, error)
  }
}

export interface RotatingFileOptions {
  folder: string
  baseName: string
  /** Size in bytes after which the file is rotated. */
  maxBytes: number
  /** Rotated files kept besides the current one. */
  keep: number
}

/** A sink that appends to `<folder>/<baseName>.log` and keeps `keep` older files (.1 is the newest). */
export function rotatingFileSink(options: RotatingFileOptions): LogSink {
  mkdirSync(options.folder, { recursive: true })
  const current = join(options.folder, `${options.baseName}.log`)
  const rotated = (index: number) => join(options.folder, `${options.baseName}.${index}.log`)

  const rotateIfLarge = (): void => {
    if (!existsSync(current) || statSync(current).size < options.maxBytes) return
    rmSync(rotated(options.keep), { force: true })
    for (let index = options.keep - 1; index >= 1; index -= 1) {
      if (existsSync(rotated(index))) renameSync(rotated(index), rotated(index + 1))
    }
    renameSync(current, rotated(1))
  }

  return (record) => {
    rotateIfLarge()
    appendFileSync(current, formatLogRecord(record), 'utf8')
  }
}

export function streamSink(write: (text: string) => void): LogSink {
  return (record) => write(formatLogRecord(record))
}
