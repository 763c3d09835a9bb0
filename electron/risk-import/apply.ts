import { AppError } from '../../shared/errors'
import type { ImportPreview, ImportResult, ParsedRiskRow } from '../../shared/risk-import'
import type { ValueTables } from '../../shared/grading/value-tables'
import type { RiskInput } from '../../shared/schemas/inputs'
import { audit, write, type Db, type Trx } from '../db/transaction'
import { createLogger } from '../logging/logger'
import { nextRiskPointCode, nextSortOrder } from '../risks/risk.repository'
import { gradedColumns } from '../risks/risks.service'
import { getValueTables } from '../settings/settings.service'
import { storeImportMapping } from './mappings.service'
import { matchKey } from './normalise'
import { previewRiskImport, type ImportRequest } from './preview'
import { loadSchoolLookup, ownerPostId, ownerStaffId, type SchoolLookup } from './school-match'

const log = createLogger('risk-import')

/**
 * Imports a risk list into the school file in one transaction: risk points matched by name or
 * created, risks graded with the school's value tables, measures created, one audit row with the
 * counts. Refuses while a question is open, and writes nothing when any step fails.
 */

interface Counters {
  riskPointsCreated: number[]
  riskPointsMatched: Set<number>
  riskIds: number[]
  measures: number
}

/**
 * Sort orders and point codes handed out during one import. They are read once and counted up here,
 * because reading the maximum again for each of thousands of rows makes the import quadratic.
 */
class Sequences {
  private constructor(
    private pointNumber: number,
    private readonly sortOrders: Record<'risk_point' | 'risk' | 'control_measure', number>
  ) {}

  static async read(trx: Trx): Promise<Sequences> {
    const firstCode = await nextRiskPointCode(trx)
    const pointNumber = Number(/(\d+)$/.exec(firstCode)?.[1] ?? 1)
    return new Sequences(pointNumber, {
      risk_point: await nextSortOrder(trx, 'risk_point'),
      risk: await nextSortOrder(trx, 'risk'),
      control_measure: await nextSortOrder(trx, 'control_measure')
    })
  }

  /** Returns the next 风险点编号 in the form nextRiskPointCode uses: FX-001, FX-002, … */
  pointCode(): string {
    const code = `FX-${String(this.pointNumber).padStart(3, '0')}`
    this.pointNumber += 1
    return code
  }

  sortOrder(table: 'risk_point' | 'risk' | 'control_measure'): number {
    const value = this.sortOrders[table]
    this.sortOrders[table] = value + 1
    return value
  }
}

interface WriteState {
  tables: ValueTables
  lookup: SchoolLookup
  sequences: Sequences
  /** Points created by this import, by folded name. */
  created: Map<string, number>
  counters: Counters
}

function riskInputOf(row: ParsedRiskRow, pointId: number, lookup: SchoolLookup): RiskInput {
  if (row.level === null) throw new AppError({ code: 'import-questions-open', detail: '1' })
  const lec = row.method === 'lec'
  const ls = row.method === 'ls'
  return {
    id: null,
    riskPointId: pointId,
    hazard: row.hazard,
    factorType: row.factorType,
    consequence: row.consequence,
    accidentTypes: row.accidentTypes,
    method: row.method,
    lecL: lec ? row.factors.l : null,
    lecE: lec ? row.factors.e : null,
    lecC: lec ? row.factors.c : null,
    lsL: ls ? row.factors.l : null,
    lsS: ls ? row.factors.s : null,
    directLevel: row.method === 'direct' ? row.level : '',
    controlLevel: row.controlLevel ?? '',
    ownerPostId: ownerPostId(row, lookup),
    ownerStaffId: ownerStaffId(row, lookup)
  }
}

async function pointFor(trx: Trx, row: ParsedRiskRow, state: WriteState): Promise<number> {
  const { lookup, created, counters } = state
  const key = matchKey(row.pointName)
  const existing = lookup.points.get(key)
  if (existing) {
    counters.riskPointsMatched.add(existing.id)
    return existing.id
  }
  const known = created.get(key)
  if (known !== undefined) return known

  const inserted = await trx
    .insertInto('risk_point')
    .values({
      code: state.sequences.pointCode(),
      library_key: null,
      name: row.pointName,
      kind: row.pointKind ?? 'facility',
      area: row.area,
      owner_post_id: ownerPostId(row, lookup),
      owner_staff_id: ownerStaffId(row, lookup),
      description: '',
      sort_order: state.sequences.sortOrder('risk_point')
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  created.set(key, inserted.id)
  counters.riskPointsCreated.push(inserted.id)
  return inserted.id
}

async function insertRisk(trx: Trx, row: ParsedRiskRow, pointId: number, state: WriteState): Promise<void> {
  const { counters, sequences } = state
  const input = riskInputOf(row, pointId, state.lookup)
  const risk = await trx
    .insertInto('risk')
    .values({
      risk_point_id: pointId,
      library_key: null,
      hazard: input.hazard,
      factor_type: input.factorType,
      consequence: input.consequence,
      accident_types: JSON.stringify(input.accidentTypes),
      owner_post_id: input.ownerPostId,
      owner_staff_id: input.ownerStaffId,
      sort_order: sequences.sortOrder('risk'),
      ...gradedColumns(input, state.tables)
    })
    .returning(['id', 'control_level'])
    .executeTakeFirstOrThrow()
  counters.riskIds.push(risk.id)

  for (const measure of row.measures) {
    await trx
      .insertInto('control_measure')
      .values({
        risk_id: risk.id,
        category: measure.category,
        content: measure.content,
        control_level: risk.control_level,
        owner_post_id: input.ownerPostId,
        owner_staff_id: input.ownerStaffId,
        sort_order: sequences.sortOrder('control_measure')
      })
      .execute()
    counters.measures += 1
  }
}

function assertReady(preview: ImportPreview): void {
  if (preview.questions.length > 0) {
    throw new AppError({ code: 'import-questions-open', file: preview.file, detail: String(preview.questions.length) })
  }
  if (preview.rows.length === 0) {
    throw new AppError({ code: 'import-nothing-to-import', file: preview.file, value: preview.sheet })
  }
}

export async function applyRiskImport(db: Db, request: ImportRequest): Promise<ImportResult> {
  const preview = await previewRiskImport(db, request)
  assertReady(preview)

  const result = await write(db, async (trx) => {
    const state: WriteState = {
      tables: await getValueTables(trx),
      lookup: await loadSchoolLookup(trx),
      sequences: await Sequences.read(trx),
      created: new Map(),
      counters: { riskPointsCreated: [], riskPointsMatched: new Set(), riskIds: [], measures: 0 }
    }
    const { counters } = state

    for (const row of preview.rows) {
      const pointId = await pointFor(trx, row, state)
      await insertRisk(trx, row, pointId, state)
    }
    if (request.mapping && Object.keys(request.mapping).length > 0) {
      await storeImportMapping(trx, preview.signature, request.mapping)
    }

    const summary: ImportResult = {
      file: preview.file,
      sheet: preview.sheet,
      riskPointsCreated: counters.riskPointsCreated.length,
      riskPointsMatched: counters.riskPointsMatched.size,
      risksCreated: counters.riskIds.length,
      measuresCreated: counters.measures,
      skippedRows: preview.skipped.length,
      warnings: preview.warnings
    }
    await audit(trx, {
      entity: 'risk_import',
      entityId: null,
      action: 'import',
      after: {
        file: preview.file,
        sheet: preview.sheet,
        signature: preview.signature,
        riskPointsCreated: summary.riskPointsCreated,
        riskPointsMatched: summary.riskPointsMatched,
        risksCreated: summary.risksCreated,
        measuresCreated: summary.measuresCreated,
        skippedRows: summary.skippedRows,
        createdRiskPointIds: counters.riskPointsCreated,
        createdRiskIds: counters.riskIds
      }
    })
    return summary
  })

  log.info(`imported ${result.risksCreated} risks from ${result.file} (${result.sheet}): ${result.riskPointsCreated} new points, ${result.riskPointsMatched} matched`)
  return result
}
