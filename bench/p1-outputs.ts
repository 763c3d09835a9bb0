import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { generateOutputsFromData } from '../electron/outputs/generate-outputs'
import { buildLargeSchool, describeSize } from './large-school'
import { median, runs } from './measure'

/**
 * Workload P1: generates every document, sheet and the export package for a large school and compares
 * the time with its floor, the time to zip the same XML bytes with the same zip writer (fflate) and
 * write the files.
 */

/** The target: generation within this multiple of the floor. */
const targetRatio = 3

/** Peak resident memory while `work` runs, sampled every 20 ms, in MB. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  try {
    const value = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, peakMb: peak / 1024 / 1024 }
  } finally {
    clearInterval(timer)
  }
}

/** Re-zips every entry of the generated files with fflate, as documents (deflate) and package (stored office files). */
function floorMs(folder: string, names: string[]): number {
  const inputs = names.map((name) => ({ name, entries: unzipSync(readFileSync(join(folder, name))) }))
  const started = performance.now()

  for (const { name, entries } of inputs) {
    const isPackage = name.endsWith('.zip')
    const zippable: Zippable = {}
    for (const [path, bytes] of Object.entries(entries)) {
      const stored = isPackage && /\.(docx|xlsx)$/.test(path)
      zippable[path] = [bytes, { level: stored ? 0 : 6 }]
    }
    writeFileSync(join(folder, `floor-${names.indexOf(name)}.bin`), zipSync(zippable))
  }

  return performance.now() - started
}

export async function benchOutputs(): Promise<void> {
  const data = buildLargeSchool()
  console.log(`Workload P1: every output for a large school — ${describeSize(data)}`)

  const totals: number[] = []
  const floors: number[] = []
  const peaks: number[] = []
  let xmlBytes = 0

  for (let run = 1; run <= runs; run += 1) {
    const folder = mkdtempSync(join(tmpdir(), 'sdp-bench-'))
    try {
      const { value: result, peakMb } = await withPeakMemory(() => generateOutputsFromData(data, folder, () => undefined))
      const names = result.files.map((file) => file.name)
      totals.push(result.elapsedMs)
      floors.push(floorMs(folder, names))
      peaks.push(peakMb)
      xmlBytes = names
        .filter((name) => !name.endsWith('.zip'))
        .reduce((sum, name) => sum + Object.values(unzipSync(readFileSync(join(folder, name)))).reduce((inner, bytes) => inner + bytes.length, 0), 0)
      console.log(`  run ${run}: ${result.elapsedMs} ms, floor ${Math.round(floors[floors.length - 1])} ms, peak RSS ${Math.round(peakMb)} MB`)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }

  const total = median(totals)
  const floor = median(floors)
  const ratio = total / floor
  console.log('')
  console.log(`  document XML written: ${(xmlBytes / 1024 / 1024).toFixed(1)} MB`)
  console.log(`  generation (median of ${runs}): ${total} ms`)
  console.log(`  floor (same XML through fflate + write): ${Math.round(floor)} ms`)
  console.log(`  ratio: ${ratio.toFixed(1)}× (target ≤ ${targetRatio}×) ${ratio <= targetRatio ? 'within target' : 'OVER TARGET'}`)
  console.log(`  peak RSS: ${Math.round(Math.max(...peaks))} MB`)
}
