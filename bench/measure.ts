/** Shared pieces of the benchmark workloads: run count, median and ratio lines. */

/** Runs of each workload; BENCH_RUNS overrides the default of 3. */
export const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3)

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Prints a workload's median, its floor and the ratio against the target. */
export function printRatio(label: string, totals: number[], floors: number[], floorLabel: string, targetRatio: number): void {
  const total = median(totals)
  const floor = median(floors)
  const ratio = total / floor
  console.log(`  ${label} (median of ${totals.length}): ${Math.round(total)} ms`)
  console.log(`  floor (${floorLabel}): ${floor < 10 ? floor.toFixed(1) : Math.round(floor)} ms`)
  console.log(`  ratio: ${ratio.toFixed(1)}× (target ≤ ${targetRatio}×) ${ratio <= targetRatio ? 'within target' : 'OVER TARGET'}`)
}
