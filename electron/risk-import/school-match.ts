import { riskPointKindLabels, type RiskPointKind } from '../../shared/domain/entities'
import type { ImportPreview, ImportWarning, ParsedRiskRow } from '../../shared/risk-import'
import type { Executor } from '../db/transaction'
import { matchKey } from './normalise'

/**
 * Matches the parsed rows to the school file: risk points by name (an existing point takes the new
 * risks), owner posts and people by name. Posts and people are never created by an import; a name
 * that matches none is reported once with its rows.
 */

export interface SchoolLookup {
  points: Map<string, { id: number; kind: RiskPointKind; name: string }>
  /** Folded hazards of the risks each existing point has, by point id. */
  hazards: Map<number, Set<string>>
  posts: Map<string, number>
  /** Staff by name; a name two people share matches neither. */
  staff: Map<string, number | null>
}

export async function loadSchoolLookup(db: Executor): Promise<SchoolLookup> {
  const points = new Map<string, { id: number; kind: RiskPointKind; name: string }>()
  const pointRows = await db.selectFrom('risk_point').select(['id', 'name', 'kind']).orderBy('sort_order').orderBy('id').execute()
  for (const row of pointRows) {
    const key = matchKey(row.name)
    if (!points.has(key)) points.set(key, { id: row.id, kind: row.kind as RiskPointKind, name: row.name })
  }

  const hazards = new Map<number, Set<string>>()
  for (const row of await db.selectFrom('risk').select(['risk_point_id', 'hazard']).execute()) {
    const set = hazards.get(row.risk_point_id) ?? new Set<string>()
    set.add(matchKey(row.hazard))
    hazards.set(row.risk_point_id, set)
  }

  const posts = new Map<string, number>()
  for (const row of await db.selectFrom('post').select(['id', 'name']).execute()) posts.set(matchKey(row.name), row.id)

  const staff = new Map<string, number | null>()
  for (const row of await db.selectFrom('staff').select(['id', 'name']).execute()) {
    const key = matchKey(row.name)
    staff.set(key, staff.has(key) ? null : row.id)
  }
  return { points, hazards, posts, staff }
}

function names(text: string): string[] {
  return text
    .split(/[、,，;；/\\\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

/** Returns the text a row's owner post is read from: the post column, else the department column. */
function postText(row: ParsedRiskRow): string {
  return row.post || row.department
}

export function ownerPostId(row: ParsedRiskRow, lookup: SchoolLookup): number | null {
  for (const name of names(postText(row))) {
    const id = lookup.posts.get(matchKey(name))
    if (id !== undefined) return id
  }
  return null
}

export function ownerStaffId(row: ParsedRiskRow, lookup: SchoolLookup): number | null {
  for (const name of names(row.person)) {
    const id = lookup.staff.get(matchKey(name))
    if (id) return id
  }
  return null
}

/** "3、5 行" or "3、4、… 等 12 行". */
function rowsText(rows: readonly number[]): string {
  return rows.length > 8 ? `${rows.slice(0, 8).join('、')} 等 ${rows.length} 行` : `${rows.join('、')} 行`
}

function unmatchedWarnings(rows: readonly ParsedRiskRow[], lookup: SchoolLookup): ImportWarning[] {
  const posts = new Map<string, number[]>()
  const people = new Map<string, number[]>()
  for (const row of rows) {
    const text = postText(row)
    if (text && ownerPostId(row, lookup) === null) posts.set(text, [...(posts.get(text) ?? []), row.row])
    if (row.person && ownerStaffId(row, lookup) === null) people.set(row.person, [...(people.get(row.person) ?? []), row.row])
  }

  const warnings: ImportWarning[] = []
  for (const [name, rowNumbers] of posts) {
    warnings.push({
      code: 'post-not-found',
      row: rowNumbers[0],
      message: `责任岗位“${name}”（第 ${rowsText(rowNumbers)}）与学校的岗位名称都对不上，这些风险导入后没有责任岗位。可先在“岗位”中添加同名岗位再导入，或导入后逐项指定。`
    })
  }
  for (const [name, rowNumbers] of people) {
    warnings.push({
      code: 'person-not-found',
      row: rowNumbers[0],
      message: `责任人“${name}”（第 ${rowsText(rowNumbers)}）不在教职工名单中（或有重名），这些风险导入后没有责任人。`
    })
  }
  return warnings
}

function kindWarnings(rows: readonly ParsedRiskRow[], lookup: SchoolLookup): ImportWarning[] {
  const warnings: ImportWarning[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const existing = lookup.points.get(matchKey(row.pointName))
    if (!existing || !row.pointKind || row.pointKind === existing.kind || seen.has(existing.name)) continue
    seen.add(existing.name)
    warnings.push({
      code: 'point-kind-differs',
      row: row.row,
      message: `风险点“${existing.name}”已在学校文件中，类型为“${riskPointKindLabels[existing.kind]}”，表中是“${riskPointKindLabels[row.pointKind]}”。导入的风险归入已有的风险点，类型不变。`
    })
  }
  return warnings
}

/** Rows whose hazard an existing point of the same name already has: importing a list twice would repeat them. */
function repeatWarnings(rows: readonly ParsedRiskRow[], lookup: SchoolLookup): ImportWarning[] {
  const repeated = rows.filter((row) => row.existingPointId !== null && lookup.hazards.get(row.existingPointId)?.has(matchKey(row.hazard)))
  if (repeated.length === 0) return []
  return [
    {
      code: 'risk-already-present',
      row: repeated[0].row,
      message: `第 ${rowsText(repeated.map((row) => row.row))}的危险源在学校文件中同名风险点下已经有了（如“${repeated[0].pointName}”的“${repeated[0].hazard}”），导入后会重复。如果这份清单以前导入过，请不要再次导入，或先删去这些行。`
    }
  ]
}

/** Fills in existing point ids, counts new points and adds the warnings about unmatched names and repeats. */
export function matchPreview(preview: ImportPreview, lookup: SchoolLookup): ImportPreview {
  const rows = preview.rows.map((row) => ({ ...row, existingPointId: lookup.points.get(matchKey(row.pointName))?.id ?? null }))
  const newPoints = new Set(rows.filter((row) => row.existingPointId === null).map((row) => matchKey(row.pointName)))
  const warnings = [...preview.warnings, ...kindWarnings(rows, lookup), ...repeatWarnings(rows, lookup), ...unmatchedWarnings(rows, lookup)]
  return { ...preview, rows, warnings, counts: { ...preview.counts, newRiskPoints: newPoints.size, warnings: warnings.length } }
}
