import { resolve } from 'node:path'
import { openSchoolFileReadOnly } from '../db/school-file'
import { ledgerReportLines, verifyHazardLedger } from '../hazards/ledger-verify'
import type { Command } from './commands'

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/**
 * verify-ledger <学校文件> [--json]: recomputes the closure chain of the hazard ledger without changing the
 * file. Exit code 0 when the chain is intact, 1 at the first broken link, 2 for a usage error.
 */
export const verifyLedger: Command = async (options) => {
  const [file] = options.args
  if (!file) {
    print('用法：npm run cli -- verify-ledger <学校文件> [--json]')
    return 2
  }

  const schoolDb = openSchoolFileReadOnly(resolve(file))
  try {
    const report = await verifyHazardLedger(schoolDb.db)
    if (options.json) print(JSON.stringify({ file: resolve(file), ...report }, null, 2))
    else for (const line of ledgerReportLines(report)) print(line)
    return report.ok ? 0 : 1
  } finally {
    await schoolDb.close()
  }
}
