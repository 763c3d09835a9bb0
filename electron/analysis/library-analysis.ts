import { defaultAnalysisMethod, type AnalysisMethod, type LibraryAnalysisRecord } from '../../shared/domain/analysis'
import type { LibraryMeasure, LibraryRisk, LibraryRiskPoint } from '../../shared/domain/library'
import { measureCategories, measureCategoryShortLabels, type MeasureCategory } from '../../shared/domain/measures'
import { audit, type Trx } from '../db/transaction'
import { libraryAnalysisRecords } from './library-records'

/** One step or item of a default record, with the key of the library risk it found. */
export interface DefaultAnalysisEntry {
  riskKey: string
  item: string
  standard: string
  deviation: string
  existingControls: string
}

export interface DefaultAnalysisRecord {
  method: AnalysisMethod
  entries: DefaultAnalysisEntry[]
}

/** Field limits of the record input (shared/schemas/analysis-inputs.ts), so a default record is always a valid one. */
const limits = { item: 60, standard: 1000, deviation: 500, existingControls: 2000 }

function clip(text: string, max: number): string {
  const characters = [...text]
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}

function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[。；;，,、]+$/u, '')
}

/**
 * Names a step or item when the library gives none: what the risk's first check looks at ("防冲撞设施、道闸和门口
 * 监控是否正常" gives "防冲撞设施、道闸和门口监控"), else the first clause of its hazard.
 * NOTE: every built-in point has written names today; this covers library points added later without them.
 */
function fallbackItem(risk: LibraryRisk): string {
  const check = risk.measures.find((measure) => measure.check)?.check?.content ?? ''
  const subject = withoutEndPunctuation(check.split(/是否|能否|有无/u)[0] ?? '')
  const clause = withoutEndPunctuation(risk.hazard.split(/[，；。]/u)[0] ?? risk.hazard)
  return clip([...subject].length >= 2 ? subject : clause, 20)
}

/** Measure categories whose checks state what the facility or its management must be like on site. */
const onSiteCategories: readonly MeasureCategory[] = ['engineering', 'management', 'protective']

/**
 * Builds the standard of an SCL item from the library checks of the risk's on-site measures. A risk without such
 * checks takes all its checks (training records, drills), and one without any takes what its on-site measures require.
 */
function sclStandard(risk: LibraryRisk): string {
  const onSite = risk.measures.filter((measure) => onSiteCategories.includes(measure.category))
  const standards = (measures: readonly LibraryMeasure[]) =>
    measures.flatMap((measure) => (measure.check ? [withoutEndPunctuation(measure.check.standard)] : []))
  const checked = standards(onSite).length > 0 ? standards(onSite) : standards(risk.measures)
  const required = onSite.map((measure) => withoutEndPunctuation(measure.content))
  const parts = [...new Set(checked.length > 0 ? checked : required)].filter(Boolean)
  return parts.length > 0 ? clip(`${parts.join('；')}。`, limits.standard) : ''
}

/** Formats the library measures as existing controls, one line per category in the order 工程技术, 管理, 培训教育, 个体防护, 应急处置. */
function controlsText(measures: readonly LibraryMeasure[]): string {
  const lines = measureCategories.flatMap((category) => {
    const contents = measures.filter((measure) => measure.category === category).map((measure) => withoutEndPunctuation(measure.content))
    return contents.length > 0 ? [`${measureCategoryShortLabels[category]}：${contents.join('；')}。`] : []
  })
  return clip(lines.join('\n'), limits.existingControls)
}

function deviationText(risk: LibraryRisk, method: AnalysisMethod): string {
  const hazard = withoutEndPunctuation(risk.hazard)
  const consequence = withoutEndPunctuation(risk.consequence)
  const text = method === 'scl' && consequence !== '' ? `${hazard}；可能导致${consequence}` : hazard
  return clip(text, limits.deviation)
}

/** Orders the risks as the authored entries list them, then any risk of the point they leave out, in library order. */
function orderedRisks(point: LibraryRiskPoint, authored: LibraryAnalysisRecord | undefined): { risk: LibraryRisk; item?: string }[] {
  const named = (authored?.entries ?? []).flatMap((entry) => {
    const risk = point.risks.find((candidate) => candidate.key === entry.risk)
    return risk ? [{ risk, item: entry.item }] : []
  })
  const rest = point.risks.filter((risk) => !named.some((entry) => entry.risk === risk)).map((risk) => ({ risk }))
  return [...named, ...rest]
}

/**
 * Derives the default identification record of a library point: one JHA step (activities) or SCL item
 * (facilities) per risk. The item is the library's written step or item name, and the deviation is the risk's
 * hazard, with its consequence for an SCL. The library measures are the existing controls, because the library's
 * factor values grade the risk with those controls in place.
 */
export function deriveLibraryRecord(point: LibraryRiskPoint, authored: LibraryAnalysisRecord | undefined): DefaultAnalysisRecord {
  const method = authored?.method ?? defaultAnalysisMethod(point.kind)
  const entries = orderedRisks(point, authored).map(({ risk, item }) => ({
    riskKey: risk.key,
    item: clip(item ?? fallbackItem(risk), limits.item),
    standard: method === 'scl' ? sclStandard(risk) : '',
    deviation: deviationText(risk, method),
    existingControls: controlsText(risk.measures)
  }))
  return { method, entries }
}

/** Derives the default record of a library point with the step or item names the library writes for it. */
export function defaultLibraryRecord(point: LibraryRiskPoint): DefaultAnalysisRecord {
  return deriveLibraryRecord(point, libraryAnalysisRecords.records[point.key])
}

/**
 * Writes the default record of a library point just added, and links each of its risks to the step or item that
 * found it. `riskIds` maps library risk keys to the ids of the risks created from them.
 */
export async function addLibraryAnalysis(trx: Trx, point: LibraryRiskPoint, pointId: number, riskIds: ReadonlyMap<string, number>): Promise<void> {
  const record = defaultLibraryRecord(point)

  for (const [index, entry] of record.entries.entries()) {
    const created = await trx
      .insertInto('analysis_entry')
      .values({
        risk_point_id: pointId,
        method: record.method,
        seq: index + 1,
        item: entry.item,
        standard: entry.standard,
        deviation: entry.deviation,
        existing_controls: entry.existingControls
      })
      .returning('id')
      .executeTakeFirstOrThrow()

    const riskId = riskIds.get(entry.riskKey)
    if (riskId !== undefined) await trx.updateTable('risk').set({ analysis_entry_id: created.id }).where('id', '=', riskId).execute()
  }

  await audit(trx, {
    entity: 'analysis_entry',
    entityId: null,
    action: 'create',
    after: { riskPointId: pointId, libraryKey: point.key, method: record.method, entries: record.entries.length }
  })
}
