import { hazardOverdueDays, hazardSourceLabels, type PersonRef, type PhotoStage } from '../../shared/domain/hazards'
import { inspectionTypeLabels } from '../../shared/domain/checks'
import { localDate } from '../../shared/domain/local-date'
import { defaultMajorHazardCriteria } from '../../shared/domain/major-hazard-criteria'
import type { ExchangeHazard } from '../../shared/exchange/hazards'
import type { SchoolData } from '../../shared/exchange/school-data'

/**
 * The hazard ledger of a snapshot as the hazard documents and the ledger sheet print it: hazards in ledger
 * order with look-ups for their risk point, area, department, inspection type and criteria, and overdue
 * judged on the day the snapshot was taken, on the school's clock.
 */

export type DataHazard = ExchangeHazard
type DataRiskPoint = SchoolData['riskPoints'][number]

/** The area a hazard without a risk point is counted under. */
export const noAreaLabel = '未关联风险点'

/** Returns the school's calendar day on which a snapshot was taken: the day overdue is judged on. */
export function snapshotToday(data: Pick<SchoolData, 'exportedAt'>): string {
  const taken = new Date(data.exportedAt)
  return localDate(Number.isNaN(taken.getTime()) ? new Date() : taken)
}

export class HazardView {
  readonly today: string
  /** Every hazard, by found date, then registration order. */
  readonly hazards: DataHazard[]
  private readonly points: Map<number, DataRiskPoint>
  private readonly staff: Map<number, SchoolData['staff'][number]>
  private readonly resultTypes = new Map<number, string>()
  private readonly criteria: Map<string, string>

  constructor(readonly data: SchoolData) {
    this.today = snapshotToday(data)
    this.hazards = [...(data.hazards ?? [])].sort((a, b) => a.foundOn.localeCompare(b.foundOn) || a.id - b.id)
    this.points = new Map(data.riskPoints.map((point) => [point.id, point]))
    this.staff = new Map(data.staff.map((person) => [person.id, person]))
    for (const inspection of data.inspections ?? []) {
      for (const result of inspection.results) this.resultTypes.set(result.id, inspectionTypeLabels[inspection.inspectionType])
    }
    const list = data.majorHazardCriteria ?? defaultMajorHazardCriteria
    this.criteria = new Map(list.criteria.map((criterion) => [criterion.code, criterion.text]))
  }

  riskPoint(hazard: Pick<DataHazard, 'riskPointId'>): DataRiskPoint | undefined {
    return hazard.riskPointId === null ? undefined : this.points.get(hazard.riskPointId)
  }

  /** "FX-03 学生食堂", or '' without a risk point. */
  pointLabel(hazard: Pick<DataHazard, 'riskPointId'>): string {
    const point = this.riskPoint(hazard)
    return point ? `${point.code} ${point.name}` : ''
  }

  /** Joins the risk point and the exact place, e.g. "FX-03 学生食堂／后厨操作间". */
  location(hazard: Pick<DataHazard, 'riskPointId' | 'place'>): string {
    return [this.pointLabel(hazard), hazard.place.trim()].filter(Boolean).join('／')
  }

  /** Returns the area a hazard is counted under in the statistics: its risk point's area, else the point's name. */
  areaOf(hazard: Pick<DataHazard, 'riskPointId'>): string {
    const point = this.riskPoint(hazard)
    if (!point) return noAreaLabel
    return point.area.trim() || point.name.trim() || noAreaLabel
  }

  department(person: PersonRef): string {
    return person.staffId === null ? '' : (this.staff.get(person.staffId)?.department.trim() ?? '')
  }

  phone(person: PersonRef): string {
    return person.staffId === null ? '' : (this.staff.get(person.staffId)?.phone.trim() ?? '')
  }

  /** 排查类型: the type of the inspection that raised the hazard, else how it came in (报告举报, 上级检查). */
  inspectionType(hazard: Pick<DataHazard, 'inspectionResultId' | 'source'>): string {
    const fromInspection = hazard.inspectionResultId === null ? undefined : this.resultTypes.get(hazard.inspectionResultId)
    return fromInspection ?? hazardSourceLabels[hazard.source]
  }

  overdueDays(hazard: Pick<DataHazard, 'state' | 'deadline'>): number {
    return hazardOverdueDays(hazard, this.today)
  }

  photosOf(hazard: DataHazard, stage: PhotoStage): DataHazard['photos'] {
    return hazard.photos.filter((photo) => photo.stage === stage)
  }

  /** Lists the texts of the 重大 criteria a hazard ticked, with their codes. A code no longer listed is printed alone. */
  criteriaTexts(hazard: Pick<DataHazard, 'majorCriteria'>): string[] {
    return hazard.majorCriteria.map((code) => {
      const text = this.criteria.get(code)
      return text ? `${code} ${text}` : code
    })
  }

  /** 督办: open 重大 hazards and open overdue ones, 重大 first, then the longest overdue, then by code. */
  supervised(): DataHazard[] {
    return this.hazards
      .filter((hazard) => hazard.state !== 'closed' && (hazard.grade === 'major' || this.overdueDays(hazard) > 0))
      .sort((a, b) => Number(b.grade === 'major') - Number(a.grade === 'major') || this.overdueDays(b) - this.overdueDays(a) || a.code.localeCompare(b.code))
  }
}
