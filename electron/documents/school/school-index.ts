import type { SchoolData } from '../../../shared/exchange/school-data'
import { highestLevel, riskLevels, type ControlLevel, type RiskLevel } from '../../../shared/domain/levels'
import { controlLevels } from '../../../shared/domain/levels'
import { measureCategories } from '../../../shared/domain/measures'
import { cleanText } from '../layout/text'
import { unitTerms, type UnitTerms } from './terms'

export type DataStaff = SchoolData['staff'][number]
export type DataPost = SchoolData['posts'][number]
export type DataRiskPoint = SchoolData['riskPoints'][number]
export type DataRisk = DataRiskPoint['risks'][number]
export type DataMeasure = DataRisk['measures'][number]
export type DataCheckItem = SchoolData['checkItems'][number]

/** A risk with the risk point it belongs to, as the graded list prints it. */
export interface PlacedRisk {
  point: DataRiskPoint
  risk: DataRisk
}

/** The post and person responsible for a risk point, a risk or a check item, as printed in lists and cards. */
export interface Owner {
  post: string
  department: string
  /** The named person, or the holders of the post joined with 、. Empty when no one is assigned. */
  person: string
  phone: string
}

function bySortOrder<T extends { sortOrder: number; id: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
}

function orderMeasures(measures: readonly DataMeasure[]): DataMeasure[] {
  return [...measures].sort(
    (a, b) => measureCategories.indexOf(a.category) - measureCategories.indexOf(b.category) || a.sortOrder - b.sortOrder || a.id - b.id
  )
}

/**
 * The school snapshot ordered as the documents print it (posts, points, risks and measures by their sort
 * order; measures engineering first) with look-ups by id.
 */
export class SchoolIndex {
  readonly terms: UnitTerms
  readonly posts: DataPost[]
  readonly staff: DataStaff[]
  readonly riskPoints: DataRiskPoint[]
  readonly checkItems: DataCheckItem[]
  private readonly staffById: Map<number, DataStaff>
  private readonly postById: Map<number, DataPost>
  private readonly pointById: Map<number, DataRiskPoint>

  constructor(readonly data: SchoolData) {
    this.terms = unitTerms(data.school.category)
    this.posts = bySortOrder(data.posts)
    this.staff = [...data.staff]
    this.riskPoints = bySortOrder(data.riskPoints).map((point) => ({
      ...point,
      risks: bySortOrder(point.risks).map((risk) => ({ ...risk, measures: orderMeasures(risk.measures) }))
    }))
    this.staffById = new Map(this.staff.map((person) => [person.id, person]))
    this.postById = new Map(this.posts.map((post) => [post.id, post]))
    this.pointById = new Map(this.riskPoints.map((point) => [point.id, point]))

    const pointOrder = new Map(this.riskPoints.map((point, index) => [point.id, index]))
    this.checkItems = [...data.checkItems].sort(
      (a, b) => (pointOrder.get(a.riskPointId) ?? 0) - (pointOrder.get(b.riskPointId) ?? 0) || a.sortOrder - b.sortOrder || a.id - b.id
    )
  }

  get schoolName(): string {
    return cleanText(this.data.school.name) || '（学校名称未填写）'
  }

  person(id: number | null): DataStaff | undefined {
    return id === null ? undefined : this.staffById.get(id)
  }

  personName(id: number | null): string {
    return cleanText(this.person(id)?.name ?? '')
  }

  post(id: number | null): DataPost | undefined {
    return id === null ? undefined : this.postById.get(id)
  }

  postName(id: number | null): string {
    return cleanText(this.post(id)?.name ?? '')
  }

  riskPoint(id: number): DataRiskPoint | undefined {
    return this.pointById.get(id)
  }

  holders(post: DataPost): DataStaff[] {
    return post.staffIds.map((id) => this.staffById.get(id)).filter((person): person is DataStaff => person !== undefined)
  }

  /** Finds who is responsible: the named person when there is one, else the holders of the post. */
  owner(postId: number | null, staffId: number | null): Owner {
    const post = this.post(postId)
    const named = this.person(staffId)
    const holders = post ? this.holders(post) : []
    const people = named ? [named] : holders
    return {
      post: cleanText(post?.name ?? ''),
      department: cleanText(post?.department ?? named?.department ?? ''),
      person: people.map((person) => cleanText(person.name)).filter(Boolean).join('、'),
      phone: cleanText(people.find((person) => cleanText(person.phone) !== '')?.phone ?? '')
    }
  }

  /** "岗位／姓名", or whichever of the two is known, or "未指定". */
  ownerLabel(postId: number | null, staffId: number | null): string {
    const owner = this.owner(postId, staffId)
    const parts = [owner.post, owner.person].filter(Boolean)
    return parts.length > 0 ? parts.join('／') : '未指定'
  }

  pointLevel(point: DataRiskPoint): RiskLevel | undefined {
    return highestLevel(point.risks.map((risk) => risk.level))
  }

  /** Returns the highest 管控层级 among a point's risks: school above department above grade above post. */
  pointControlLevel(point: DataRiskPoint): ControlLevel | undefined {
    const ranks = point.risks.map((risk) => controlLevels.indexOf(risk.controlLevel))
    return ranks.length > 0 ? controlLevels[Math.min(...ranks)] : undefined
  }

  /** Lists every risk with its point, in point order. */
  placedRisks(): PlacedRisk[] {
    return this.riskPoints.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
  }

  /** Lists every risk, highest level first and in point order within a level. */
  risksByLevel(): PlacedRisk[] {
    const placed = this.placedRisks()
    return riskLevels.flatMap((level) => placed.filter((entry) => entry.risk.level === level))
  }

  countByLevel(): Record<RiskLevel, number> {
    const counts = { major: 0, high: 0, medium: 0, low: 0 }
    for (const { risk } of this.placedRisks()) counts[risk.level] += 1
    return counts
  }

  /** Lists the risk points a post is responsible for: as the point's owner, or as the owner of one of its risks. */
  pointsOwnedBy(post: DataPost): DataRiskPoint[] {
    return this.riskPoints.filter((point) => point.ownerPostId === post.id || point.risks.some((risk) => risk.ownerPostId === post.id))
  }

  checkItemsOf(post: DataPost): DataCheckItem[] {
    return this.checkItems.filter((item) => item.responsiblePostId === post.id)
  }

  checkItemsAt(point: DataRiskPoint): DataCheckItem[] {
    return this.checkItems.filter((item) => item.riskPointId === point.id)
  }
}
