import type { CheckFrequency, CheckMethod, InspectionType } from '../../shared/domain/checks'
import type { Post, Risk, RiskPoint } from '../../shared/domain/entities'
import type { RiskLevel } from '../../shared/domain/levels'
import type { LibraryApplicability, LibraryMeasure, LibraryRisk, LibraryRiskPoint } from '../../shared/domain/library'
import { grade } from '../../shared/grading/grade'
import { defaultValueTables } from '../../shared/grading/value-tables'

/** A check item of the school, reduced to what a library check holds. */
export interface SchoolCheck {
  measureId: number
  content: string
  standard: string
  method: CheckMethod
  inspectionType: InspectionType
  frequency: CheckFrequency
  responsiblePostId: number | null
}

/**
 * Factor values that give each level on the default scales (LEC D and LS R), used for the method a risk
 * was not graded with, so both values of a custom entry give the same level as the library rules ask.
 */
const typicalFactors: Record<RiskLevel, Pick<LibraryRisk, 'lec' | 'ls'>> = {
  low: { lec: { l: 1, e: 6, c: 7 }, ls: { l: 1, s: 3 } },
  medium: { lec: { l: 1, e: 6, c: 15 }, ls: { l: 2, s: 4 } },
  high: { lec: { l: 3, e: 6, c: 15 }, ls: { l: 3, s: 5 } },
  major: { lec: { l: 6, e: 6, c: 15 }, ls: { l: 4, s: 5 } }
}

function lecLevel(risk: Risk): RiskLevel | null {
  if (risk.lecL === null || risk.lecE === null || risk.lecC === null) return null
  try {
    return grade({ method: 'lec', lecL: risk.lecL, lecE: risk.lecE, lecC: risk.lecC, lsL: null, lsS: null, directLevel: null }, defaultValueTables).level
  } catch {
    return null
  }
}

function lsLevel(risk: Risk): RiskLevel | null {
  if (risk.lsL === null || risk.lsS === null) return null
  try {
    return grade({ method: 'ls', lecL: null, lecE: null, lecC: null, lsL: risk.lsL, lsS: risk.lsS, directLevel: null }, defaultValueTables).level
  } catch {
    return null
  }
}

/**
 * The LEC and LS values of a custom entry. The factors the school graded with are kept when they are on the
 * default scales; the other method gets typical factors of the same level. A directly graded risk, or one
 * whose factors are off the default scales (a school with its own value tables), gets typical factors of
 * the level the school gave it.
 */
export function libraryFactors(risk: Risk): Pick<LibraryRisk, 'lec' | 'ls'> {
  const byLec = lecLevel(risk)
  const byLs = lsLevel(risk)
  const lec = { l: risk.lecL ?? 0, e: risk.lecE ?? 0, c: risk.lecC ?? 0 }
  const ls = { l: risk.lsL ?? 0, s: risk.lsS ?? 0 }

  if (risk.method === 'lec' && byLec) return { lec, ls: byLs === byLec ? ls : typicalFactors[byLec].ls }
  if (risk.method === 'ls' && byLs) return { lec: byLec === byLs ? lec : typicalFactors[byLs].lec, ls }
  return typicalFactors[risk.level]
}

/** A post as a library names it: the built-in code, else the name the school gave it, else '' for none. */
function postReference(posts: ReadonlyMap<number, Post>, id: number | null): string {
  const post = id === null ? undefined : posts.get(id)
  if (!post) return ''
  return post.code ?? post.name
}

function toLibraryMeasures(risk: Risk, checks: readonly SchoolCheck[], posts: ReadonlyMap<number, Post>): LibraryMeasure[] {
  return risk.measures.map((measure) => {
    const check = checks.find((candidate) => candidate.measureId === measure.id)
    if (!check) return { category: measure.category, content: measure.content }
    return {
      category: measure.category,
      content: measure.content,
      check: {
        content: check.content,
        standard: check.standard,
        method: check.method,
        inspectionType: check.inspectionType,
        frequency: check.frequency,
        postCode: postReference(posts, check.responsiblePostId)
      }
    }
  })
}

export interface CustomPointOptions {
  key: string
  name: string
  appliesTo: LibraryApplicability
}

/**
 * Copies a school's risk point into the library shape: its risks with their factors (see `libraryFactors`),
 * measures, the check item of each measure (items the school removed are left out) and the owner posts by
 * code or name.
 */
export function toCustomPoint(point: RiskPoint, checks: readonly SchoolCheck[], posts: readonly Post[], options: CustomPointOptions): LibraryRiskPoint {
  const postById = new Map(posts.map((post) => [post.id, post]))

  return {
    key: options.key,
    name: options.name,
    kind: point.kind,
    area: point.area,
    description: point.description,
    appliesTo: options.appliesTo,
    ownerPostCode: postReference(postById, point.ownerPostId),
    risks: point.risks.map((risk, index) => ({
      key: `${options.key}.${index + 1}`,
      hazard: risk.hazard,
      factorType: risk.factorType,
      consequence: risk.consequence,
      accidentTypes: risk.accidentTypes,
      ...libraryFactors(risk),
      controlLevel: risk.controlLevel,
      ownerPostCode: postReference(postById, risk.ownerPostId),
      measures: toLibraryMeasures(risk, checks, postById)
    }))
  }
}
