import { highestLevel, levelRank, type RiskLevel } from '../../shared/domain/levels'
import { libraryPointApplies, type LibraryRisk, type LibraryRiskPoint } from '../../shared/domain/library'
import type { FacilityKey, SchoolCategory } from '../../shared/domain/school'
import { levelForScore, roundScore } from '../../shared/grading/grade'
import type { ValueTables } from '../../shared/grading/value-tables'
import { smallSchoolMaxPoints, smallSchoolMinPoints, type ProposalReasonKind, type ProposedPoint } from '../../shared/small-school'

/**
 * Library points every small school should look at even when their typical risks are only 一般 or 低, with
 * the reason shown to the user. A point that does not apply to the school (a canteen point without a
 * canteen, kindergarten points in a primary school) is skipped.
 */
const essentials: { key: string; reason: string }[] = [
  { key: 'gate', reason: '校门是外来人员进入和上下学人流集中的第一道关口' },
  { key: 'classroom', reason: '教室是师生在校时间最长的场所' },
  { key: 'stairs', reason: '课间和放学时楼梯人流集中，易发生拥挤踩踏' },
  { key: 'fire-facilities', reason: '每所学校都须配齐并维护消防设施和器材' },
  { key: 'wiring', reason: '教室和办公室的电气线路、插座老化易引发触电和火灾' },
  { key: 'canteen-processing', reason: '有食堂的学校须管控食品安全和加工操作' },
  { key: 'school-road', reason: '学生每天往返校门外道路，上下学交通是日常风险' },
  { key: 'drowning', reason: '夏季和节假日学生到校外水域游泳、玩水易发生溺水' },
  { key: 'kg-pickup', reason: '幼儿入园离园接送须严防错接、走失' },
  { key: 'kg-care', reason: '进餐、盥洗、如厕、饮水等保育环节贯穿幼儿一日生活' }
]

interface GradedPoint {
  point: LibraryRiskPoint
  level: RiskLevel
  /** The highest typical LEC score D of the point's risks. */
  score: number
  top: LibraryRisk | undefined
}

/** Grades a point's typical risks as adding it would: LEC with the library's typical factors and the school's thresholds. */
function gradePoint(point: LibraryRiskPoint, tables: ValueTables): GradedPoint {
  const graded = point.risks.map((risk) => {
    const score = roundScore(risk.lec.l * risk.lec.e * risk.lec.c)
    return { risk, score, level: levelForScore(score, tables.lec.thresholds) }
  })
  const level = highestLevel(graded.map((entry) => entry.level)) ?? 'low'
  const top = [...graded].sort((a, b) => levelRank(a.level) - levelRank(b.level) || b.score - a.score)[0]
  return { point, level, score: top?.score ?? 0, top: top?.risk }
}

function shortHazard(risk: LibraryRisk | undefined): string {
  if (!risk) return ''
  const text = risk.hazard.replace(/[。；;，,]+$/, '')
  return text.length > 30 ? `${text.slice(0, 30)}…` : text
}

function proposed(entry: GradedPoint, reasonKind: ProposalReasonKind, reason: string, added: ReadonlySet<string>): ProposedPoint {
  const { point } = entry
  return { key: point.key, name: point.name, kind: point.kind, area: point.area, typicalLevel: entry.level, reasonKind, reason, added: added.has(point.key) }
}

function bySeverity(a: GradedPoint, b: GradedPoint): number {
  return levelRank(a.level) - levelRank(b.level) || b.score - a.score
}

export interface ProposalInput {
  library: readonly LibraryRiskPoint[]
  category: SchoolCategory | ''
  facilities: readonly FacilityKey[]
  tables: ValueTables
  /** Library keys the school has already added. */
  addedKeys: ReadonlySet<string>
}

/**
 * Picks the applicable library points that matter most for a small school, at most 20: every point with a
 * typical 重大 risk (never left out), then the essentials (gate, classroom, stairs, fire, wiring, canteen if
 * present, the way to school, drowning), then the points with 较大 risks by their highest typical score.
 * When that gives fewer than 10, the remaining applicable points fill up to 10, most severe first.
 */
export function proposeSmallSchoolPoints(input: ProposalInput): ProposedPoint[] {
  const applicable = input.library
    .filter((point) => libraryPointApplies(point, input.category, input.facilities))
    .map((point) => gradePoint(point, input.tables))
  const byKey = new Map(applicable.map((entry) => [entry.point.key, entry]))
  const picked: ProposedPoint[] = []
  const has = (key: string) => picked.some((entry) => entry.key === key)

  for (const entry of applicable.filter((candidate) => candidate.level === 'major').sort(bySeverity)) {
    picked.push(proposed(entry, 'major', `典型风险为重大风险：${shortHazard(entry.top)}`, input.addedKeys))
  }

  for (const essential of essentials) {
    const entry = byKey.get(essential.key)
    if (!entry || has(essential.key) || picked.length >= smallSchoolMaxPoints) continue
    picked.push(proposed(entry, 'essential', `基本风险点：${essential.reason}`, input.addedKeys))
  }

  for (const entry of applicable.filter((candidate) => candidate.level === 'high').sort(bySeverity)) {
    if (picked.length >= smallSchoolMaxPoints) break
    if (has(entry.point.key)) continue
    picked.push(proposed(entry, 'high', `典型风险为较大风险：${shortHazard(entry.top)}`, input.addedKeys))
  }

  for (const entry of [...applicable].sort(bySeverity)) {
    if (picked.length >= smallSchoolMinPoints) break
    if (has(entry.point.key)) continue
    picked.push(proposed(entry, 'fill', `补足短清单：${shortHazard(entry.top)}`, input.addedKeys))
  }

  return picked
}
