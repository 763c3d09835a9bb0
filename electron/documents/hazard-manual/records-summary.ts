import type { FileChild } from 'docx'
import { inspectionTypeLabels, inspectionTypes } from '../../../shared/domain/checks'
import { addDays, termOf } from '../../../shared/domain/training-summary'
import { daysBefore } from '../../../shared/inspections/due-periods'
import type { TableCaptions } from '../layout/captions'
import { body } from '../layout/paragraphs'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { snapshotDay } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'

interface TypeCount {
  inspections: number
  items: number
  notOk: number
  hazards: number
}

/** Returns the term the manual reports on: the school's term containing the snapshot day, or the usual term dates. */
function reportTerm(index: SchoolIndex) {
  const terms = (index.data.calendar ?? []).filter((period) => period.kind === 'term')
  return termOf(snapshotDay(index.data), terms)
}

function countRow(label: string, count: TypeCount): CellValue[] {
  return [label, String(count.inspections), String(count.items), String(count.notOk), String(count.hazards)]
}

/**
 * Writes 本学期排查情况: per inspection type, the inspections recorded this term up to the snapshot day, the
 * items checked, those not OK and the hazards registered from them. Nothing when the school records no
 * inspections at all.
 */
export function recordsSummaryPart(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const all = index.data.inspections ?? []
  if (all.length === 0 && (index.data.inspectionPlans ?? []).length === 0) return []

  const term = reportTerm(index)
  const today = snapshotDay(index.data)
  // The check in the week before the term starts (开学前排查) prepares that term, so it counts for it.
  const from = addDays(term.startsOn, -daysBefore)
  const inTerm = all.filter((inspection) => from <= inspection.inspectedOn && inspection.inspectedOn <= term.endsOn && inspection.inspectedOn <= today)
  const termName = cleanText(term.name)
  if (inTerm.length === 0) return [body(`本学期（${termName}）截至${today}尚无排查记录。`)]

  const raised = new Set((index.data.hazards ?? []).map((hazard) => hazard.inspectionResultId).filter((id): id is number => id !== null))
  const counts = inspectionTypes.map((type) => {
    const ofType = inTerm.filter((inspection) => inspection.inspectionType === type)
    const results = ofType.flatMap((inspection) => inspection.results)
    return {
      type,
      count: {
        inspections: ofType.length,
        items: results.length,
        notOk: results.filter((result) => result.result === 'not-ok').length,
        hazards: results.filter((result) => raised.has(result.id)).length
      }
    }
  })
  const used = counts.filter((entry) => entry.count.inspections > 0)
  const total = used.reduce<TypeCount>(
    (sum, entry) => ({
      inspections: sum.inspections + entry.count.inspections,
      items: sum.items + entry.count.items,
      notOk: sum.notOk + entry.count.notOk,
      hazards: sum.hazards + entry.count.hazards
    }),
    { inspections: 0, items: 0, notOk: 0, hazards: 0 }
  )

  return [
    body(`本学期（${termName}）截至${today}共开展排查${total.inspections}次，检查${total.items}项次，发现不合格${total.notOk}项，登记隐患${total.hazards}条。各类排查情况如下：`),
    captions.caption('本学期排查记录统计'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '排查类型', weight: 4, align: 'center' },
        { header: '排查次数', weight: 2.5, align: 'center' },
        { header: '检查项次', weight: 2.5, align: 'center' },
        { header: '不合格项', weight: 2.5, align: 'center' },
        { header: '登记隐患', weight: 2.5, align: 'center' }
      ],
      rows: [...used.map((entry) => countRow(inspectionTypeLabels[entry.type], entry.count)), countRow('合计', total)]
    })
  ]
}
