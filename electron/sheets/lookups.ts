import type { SchoolData } from '../../shared/exchange/school-data'
import { accidentTypeName } from '../../shared/domain/accident-types'
import { controlLevels, highestLevel, type ControlLevel, type RiskLevel } from '../../shared/domain/levels'

export type RiskPointData = SchoolData['riskPoints'][number]
export type RiskData = RiskPointData['risks'][number]
export type MeasureData = RiskData['measures'][number]
export type CheckItemData = SchoolData['checkItems'][number]

/** Names and parents by id, for the columns that print a post, a person or a measure. */
export class SchoolLookups {
  private readonly posts: Map<number, string>
  private readonly holders: Map<number, number[]>
  private readonly staff: Map<number, string>
  private readonly measures = new Map<number, { measure: MeasureData; risk: RiskData; point: RiskPointData }>()

  constructor(readonly data: SchoolData) {
    this.posts = new Map(data.posts.map((post) => [post.id, post.name]))
    this.holders = new Map(data.posts.map((post) => [post.id, post.staffIds]))
    this.staff = new Map(data.staff.map((person) => [person.id, person.name]))
    for (const point of data.riskPoints) {
      for (const risk of point.risks) {
        for (const measure of risk.measures) this.measures.set(measure.id, { measure, risk, point })
      }
    }
  }

  postName(id: number | null): string {
    return id === null ? '' : (this.posts.get(id) ?? '')
  }

  staffName(id: number | null): string {
    return id === null ? '' : (this.staff.get(id) ?? '')
  }

  /** The person named for a post: the one given, else the post's holder when exactly one person holds it. */
  responsiblePerson(staffId: number | null, postId: number | null): string {
    const named = this.staffName(staffId)
    if (named !== '' || postId === null) return named
    const holders = this.holders.get(postId) ?? []
    return holders.length === 1 ? this.staffName(holders[0]) : ''
  }

  measure(id: number | null): { measure: MeasureData; risk: RiskData; point: RiskPointData } | undefined {
    return id === null ? undefined : this.measures.get(id)
  }
}

/** Accident type names joined for a cell, e.g. 物体打击、高处坠落. */
export function accidentTypeNames(codes: readonly string[]): string {
  return codes.map(accidentTypeName).join('、')
}

/** The accident types of all risks of a point, each once, in the order they first appear. */
export function pointAccidentTypes(point: RiskPointData): string[] {
  return [...new Set(point.risks.flatMap((risk) => risk.accidentTypes))]
}

export function pointLevel(point: RiskPointData): RiskLevel | undefined {
  return highestLevel(point.risks.map((risk) => risk.level))
}

/** The highest control level among a point's risks (学校级 above 部门级 above 年级组级 above 岗位级). */
export function pointControlLevel(point: RiskPointData): ControlLevel | undefined {
  let best: ControlLevel | undefined
  for (const risk of point.risks) {
    if (best === undefined || controlLevels.indexOf(risk.controlLevel) < controlLevels.indexOf(best)) best = risk.controlLevel
  }
  return best
}

/** Check items grouped by risk point in the order of the points; items of an unknown point come last. */
export function checkItemsByPoint(data: SchoolData): { point: RiskPointData | undefined; items: CheckItemData[] }[] {
  const groups = data.riskPoints.map((point) => ({ point: point as RiskPointData | undefined, items: [] as CheckItemData[] }))
  const index = new Map(data.riskPoints.map((point, position) => [point.id, position]))
  const orphans: CheckItemData[] = []
  for (const item of data.checkItems) {
    const position = index.get(item.riskPointId)
    if (position === undefined) orphans.push(item)
    else groups[position].items.push(item)
  }
  const result = groups.filter((group) => group.items.length > 0)
  if (orphans.length > 0) result.push({ point: undefined, items: orphans })
  return result
}
