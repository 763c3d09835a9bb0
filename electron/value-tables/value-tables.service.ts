import { AppError } from '../../shared/errors'
import { valueTablesSchema } from '../../shared/exchange/school-data'
import { defaultValueTables, type ValueTables } from '../../shared/grading/value-tables'
import type { ValueTablesInput } from '../../shared/schemas/value-tables-inputs'
import type { ValueTablesApplied, ValueTablesHistoryEntry, ValueTablesPreview } from '../../shared/value-tables'
import type { Selectable } from 'kysely'
import type { ValueTablesHistoryTable } from '../db/schema'
import { audit, write, type Db, type Executor, type Trx } from '../db/transaction'
import { createLogger } from '../logging/logger'
import { listPolicies } from '../policies/policies.service'
import { riskLibrary } from '../resources/builtin'
import { loadRiskPoints } from '../risks/risk.repository'
import { getSettings, getValueTables } from '../settings/settings.service'
import { policyWarnings } from './policy-warnings'
import { planRegrade, type LibraryFactors, type RegradePlan, type RiskRegrade } from './regrade'
import { describeTableChanges } from './table-changes'
import { localDate } from '../../shared/domain/local-date'

const log = createLogger('value-tables')

function libraryFactors(): LibraryFactors {
  const risks = riskLibrary.riskPoints.flatMap((point) => point.risks)
  return { l: risks.map((risk) => risk.lec.l), e: risks.map((risk) => risk.lec.e), c: risks.map((risk) => risk.lec.c) }
}

/** Name given to changed tables that still carry the default name, e.g. after only a threshold was moved. */
export const schoolTablesName = '本校评价标准（LEC 四级、LS 5×5 矩阵）'

/** Renames a set that kept the default name but differs from the default tables: only the program's own set is 默认. */
function withSchoolName(input: ValueTablesInput): ValueTablesInput {
  if (input.name !== defaultValueTables.name) return input
  const sameAsDefault = describeTableChanges(defaultValueTables, input).length === 0
  return sameAsDefault ? input : { ...input, name: schoolTablesName }
}

async function planFor(db: Executor, proposed: ValueTablesInput): Promise<{ current: ValueTables; plan: RegradePlan }> {
  const current = await getValueTables(db)
  const points = await loadRiskPoints(db)
  return { current, plan: planRegrade(points, current, proposed, libraryFactors()) }
}

/** Shows what applying a proposed set would do, without writing anything; the name is the one applying would store. */
export async function previewValueTables(db: Db, input: ValueTablesInput): Promise<ValueTablesPreview> {
  const proposed = withSchoolName(input)
  const { current, plan } = await planFor(db, proposed)
  const policies = policyWarnings(await listPolicies(db), current, proposed)
  return { ...plan.preview, warnings: [...plan.preview.warnings, ...policies] }
}

function localDay(now: Date): string {
  return localDate(now).replaceAll('-', '')
}

/** Returns the version of the next applied set: school-<local date>-<sequence>, e.g. school-20260901-2. */
async function nextVersion(trx: Trx, now: Date): Promise<string> {
  const row = await trx.selectFrom('value_tables_history').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst()
  return `school-${localDay(now)}-${Number(row?.count ?? 0) + 1}`
}

function toHistoryEntry(row: Selectable<ValueTablesHistoryTable>): ValueTablesHistoryEntry {
  return { id: row.id, version: row.version, name: row.name, appliedAt: row.applied_at, operator: row.operator, changedRisks: row.changed_risks }
}

function changed(regrade: RiskRegrade): boolean {
  const { before } = regrade
  return before.level !== regrade.level || before.score !== regrade.score || before.controlLevel !== regrade.controlLevel
}

async function writeRegrades(trx: Trx, regrades: readonly RiskRegrade[], version: string): Promise<void> {
  for (const regrade of regrades.filter(changed)) {
    const after = { score: regrade.score, level: regrade.level, controlLevel: regrade.controlLevel, valueTablesVersion: version }
    await trx
      .updateTable('risk')
      .set({ score: regrade.score, level: regrade.level, control_level: regrade.controlLevel, value_tables_version: version })
      .where('id', '=', regrade.riskId)
      .execute()
    await audit(trx, { entity: 'risk', entityId: regrade.riskId, action: 'regrade', before: regrade.before, after })
  }

  // Unchanged LEC and LS risks were graded with the new set too, so they carry its version.
  const ids = regrades.map((regrade) => regrade.riskId)
  if (ids.length > 0) await trx.updateTable('risk').set({ value_tables_version: version }).where('id', 'in', ids).execute()
}

async function storeTables(trx: Trx, before: ValueTables, tables: ValueTables): Promise<void> {
  const value = JSON.stringify(valueTablesSchema.parse(tables))
  await trx
    .insertInto('settings')
    .values({ key: 'valueTables', value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute()
  await audit(trx, { entity: 'settings', entityId: null, action: 'update', before: { valueTables: before }, after: { valueTables: tables } })
}

function assertApplicable(current: ValueTables, plan: RegradePlan): void {
  const [first] = plan.preview.offScale
  if (first) {
    const field = `${first.pointCode} ${first.pointName}“${first.hazard}”的${first.field}`
    throw new AppError({ code: 'value-tables-off-scale', field, value: first.value, detail: String(plan.preview.offScale.length) })
  }
  if (plan.preview.identical) {
    throw new AppError({ code: 'invalid-input', field: '评价标准', value: current.name, detail: '与当前使用的评价标准完全相同，无需应用' })
  }
}

/**
 * Applies a proposed set in one transaction: grades every LEC and LS risk again (direct grades are kept),
 * stores the set under a new version (a changed set that kept the default name is stored as 本校评价标准),
 * adds a history row and the audit rows. A risk the set cannot grade stops it before anything is written.
 */
export async function applyValueTables(db: Db, input: ValueTablesInput, now = new Date()): Promise<ValueTablesApplied> {
  return write(db, async (trx) => {
    const proposed = withSchoolName(input)
    const { current, plan } = await planFor(trx, proposed)
    assertApplicable(current, plan)

    const tables: ValueTables = { version: await nextVersion(trx, now), name: proposed.name, lec: proposed.lec, ls: proposed.ls }
    await writeRegrades(trx, plan.regrades, tables.version)
    await storeTables(trx, current, tables)

    const changedRisks = plan.preview.changes.length
    const operator = (await getSettings(trx)).operatorName || '未署名'
    const row = await trx
      .insertInto('value_tables_history')
      .values({ version: tables.version, name: tables.name, tables: JSON.stringify(tables), applied_at: now.toISOString(), operator, changed_risks: changedRisks })
      .returningAll()
      .executeTakeFirstOrThrow()
    await audit(trx, { entity: 'value_tables_history', entityId: row.id, action: 'create', after: { version: tables.version, name: tables.name, changedRisks } })

    log.info(`applied value tables ${tables.version}: ${plan.regrades.length} risks graded again, ${changedRisks} changed level`)
    return { tables, history: toHistoryEntry(row), changedRisks }
  })
}

/** Lists the sets applied in this school file, the latest first. */
export async function listValueTablesHistory(db: Executor): Promise<ValueTablesHistoryEntry[]> {
  const rows = await db.selectFrom('value_tables_history').selectAll().orderBy('id', 'desc').execute()
  return rows.map(toHistoryEntry)
}
