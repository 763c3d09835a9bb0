import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createLogger } from '../logging/logger'
import type { OutputBuilder } from './output-builder'
import { safeFileName } from './write-file'

const log = createLogger('outputs')

/** `NN 标题.ext`: the shape of every numbered output this program writes. */
const numberedOutput = /^\d{2} (.+)\.(docx|xlsx|png)$/

/**
 * Returns the names an earlier run wrote and this run did not: a title under another number (a map drawn
 * since shifts the numbers after it) or an output now skipped. Only `NN 标题.ext` names whose title and
 * kind belong to one of our builders count, so the school's own files in the folder are left alone.
 */
export function staleOutputNames(existing: readonly string[], written: ReadonlySet<string>, builders: readonly OutputBuilder[]): string[] {
  const ours = new Set(builders.map((builder) => `${safeFileName(builder.title)}.${builder.kind}`))

  return existing.filter((name) => {
    const match = numberedOutput.exec(name)
    return match !== null && ours.has(`${match[1]}.${match[2]}`) && !written.has(name)
  })
}

/**
 * Removes the earlier run's outputs that this run replaced, so the folder contains one copy of each
 * document. Returns the files that could not be removed (usually open in Word or WPS) for the outputs page.
 */
export function removeStaleOutputs(folder: string, written: ReadonlySet<string>, builders: readonly OutputBuilder[]): string[] {
  const stale = staleOutputNames(readdirSync(folder), written, builders)
  const locked: string[] = []

  for (const name of stale) {
    try {
      rmSync(join(folder, name))
      log.info(`removed the earlier output ${name}`)
    } catch (error) {
      log.warn(`could not remove the earlier output ${name}`, error)
      locked.push(name)
    }
  }

  return locked
}
