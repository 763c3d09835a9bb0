import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../shared/errors'

/**
 * Writes a file under a temporary name and renames it when complete, so a reader never sees half a file
 * and an old copy is replaced in one step.
 */
export function writeFileAtomic(file: string, content: Buffer | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    const code = (error as { code?: string }).code
    const detail = code === 'EBUSY' || code === 'EPERM' ? '文件可能正被其他程序打开' : code === 'ENOSPC' ? '磁盘空间不足' : code
    throw new AppError({ code: 'file-not-writable', file, detail })
  }
}

const forbiddenInFileNames = new Set([...'\\/:*?"<>|'])

/** Replaces characters Windows forbids in file names (the reserved marks and control characters). */
export function safeFileName(name: string): string {
  const replaced = [...name].map((character) => (forbiddenInFileNames.has(character) || character.charCodeAt(0) < 0x20 ? '_' : character)).join('')
  const cleaned = replaced.replace(/[. ]+$/, '').trim()
  return cleaned.length > 0 ? cleaned : '未命名'
}
