/**
 * The words a school reads for a value-tables version. The school file keeps the stored id: `default-<release>`
 * for the tables the program ships, `school-<YYYYMMDD>-<n>` for the n-th set the school applied (numbered over
 * the whole history, dated on the local day it was applied).
 */

const defaultVersion = /^default-(.+)$/
const schoolVersion = /^school-(\d{4})(\d{2})(\d{2})-(\d+)$/

/**
 * Returns e.g. 软件默认标准（2026.1） or 本校修订版（2026年12月5日，第1版）. An id in neither form (from a file of
 * another program) is returned as it is, because it is the only name that set has.
 */
export function valueTablesVersionLabel(version: string): string {
  const builtin = defaultVersion.exec(version)
  if (builtin) return `软件默认标准（${builtin[1]}）`

  const applied = schoolVersion.exec(version)
  if (applied) {
    const [year, month, day, sequence] = applied.slice(1).map(Number)
    return `本校修订版（${year}年${month}月${day}日，第${sequence}版）`
  }
  return version
}
