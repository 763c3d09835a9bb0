import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runs } from './measure'
import { benchOutputs } from './p1-outputs'
import { benchImport } from './p2-import'
import { benchRegrade, describeRegrade } from './p3-regrade'
import { benchHazardFilter } from './p4-hazard-filter'
import { benchLedgerExport } from './p5-ledger-export'

/**
 * `npm run bench`: runs the workloads P1 (every output of a large school), P2 (importing a 3,000-row
 * risk list), P3 (regrading 3,000 risks after a threshold change), P4 (searching 20,000 hazards in the
 * browser) and P5 (the 20,000-hazard ledger workbook). Each is measured against its floor or target. BENCH_RUNS sets
 * the runs per workload (default 3; the median is printed) and BENCH_ONLY a comma-separated subset, e.g.
 * BENCH_ONLY=P2,P3. Workloads, floors and targets are described in bench/README.md.
 */

const workloads = ['P1', 'P2', 'P3', 'P4', 'P5'] as const
type Workload = (typeof workloads)[number]

function chosenWorkloads(): Workload[] {
  const only = process.env.BENCH_ONLY
  if (!only) return [...workloads]
  const chosen = only.split(',').map((name) => name.trim().toUpperCase())
  const unknown = chosen.filter((name) => !(workloads as readonly string[]).includes(name))
  if (unknown.length > 0) throw new Error(`BENCH_ONLY names unknown workloads ${unknown.join(', ')}; use ${workloads.join(', ')}`)
  return workloads.filter((name) => chosen.includes(name))
}

async function main(): Promise<void> {
  const chosen = chosenWorkloads()
  console.log(`Benchmark: ${chosen.join(', ')}, ${runs} runs each, Node ${process.version}`)
  console.log('')

  if (chosen.includes('P1')) {
    await benchOutputs()
    console.log('')
  }
  if (chosen.includes('P2') || chosen.includes('P3')) await benchImportAndRegrade(chosen)
  if (chosen.includes('P4')) {
    await benchHazardFilter()
    console.log('')
  }
  if (chosen.includes('P5')) await benchLedgerExport()
}

async function benchImportAndRegrade(chosen: readonly Workload[]): Promise<void> {
  // P3 regrades the school P2 imported, so choosing P3 runs and prints P2 as well.
  const folder = mkdtempSync(join(tmpdir(), 'sdp-bench-import-'))
  try {
    const school = await benchImport(folder)
    console.log('')
    if (chosen.includes('P3')) {
      console.log(describeRegrade())
      await benchRegrade(folder, school)
    }
    console.log('')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
