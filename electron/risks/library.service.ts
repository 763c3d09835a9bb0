import { libraryPointApplies, type LibraryEntry, type LibraryRiskPoint } from '../../shared/domain/library'
import type { Executor } from '../db/transaction'
import { riskLibrary } from '../resources/builtin'
import { getSchool } from '../school/school.service'

/**
 * Lists the built-in library followed by the consultant's custom entries with, for each point, whether it
 * fits this school and whether it is already added.
 */
export async function listLibrary(db: Executor, customPoints: readonly LibraryRiskPoint[] = []): Promise<LibraryEntry[]> {
  const school = await getSchool(db)
  const added = new Set((await db.selectFrom('risk_point').select('library_key').execute()).map((row) => row.library_key))

  const entry = (point: LibraryRiskPoint, custom: boolean): LibraryEntry => ({
    key: point.key,
    name: point.name,
    kind: point.kind,
    area: point.area,
    description: point.description,
    riskCount: point.risks.length,
    applies: libraryPointApplies(point, school.category, school.facilities),
    added: added.has(point.key),
    custom
  })
  return [...riskLibrary.riskPoints.map((point) => entry(point, false)), ...customPoints.map((point) => entry(point, true))]
}
