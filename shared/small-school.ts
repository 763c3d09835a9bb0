import type { RiskLevel } from './domain/levels'
import type { RiskPointKind } from './domain/entities'

/**
 * 小规模学校模式: a shorter build for schools with few staff and pupils (教学点, village schools, small
 * kindergartens). The 焦作 2020 notice asks such schools to work with 岗位风险告知卡, 隐患排查清单 and
 * 安全检查表 instead of thick manuals; the mode proposes a short risk list, grades by the level definitions
 * and prints one combined short manual.
 */

/**
 * The mode is suggested below these counts. They are this program's choice, not a rule of the bureau:
 * the notice names no numbers, and a school may switch either way.
 */
export const smallSchoolStaffBelow = 15
export const smallSchoolPupilsBelow = 200

/** Most and fewest risk points the small-school proposal offers. */
export const smallSchoolMaxPoints = 20
export const smallSchoolMinPoints = 10

export interface SmallSchoolSuggestion {
  suggested: boolean
  /** Why the mode is suggested, e.g. "教职工 6 人（少于 15 人）", or empty. */
  reason: string
}

/** Suggests the mode when the staff or the pupil count entered is below the thresholds; unknown counts suggest nothing. */
export function suggestSmallSchool(staffCount: number | null, pupilCount: number | null): SmallSchoolSuggestion {
  const reasons: string[] = []
  if (staffCount !== null && staffCount < smallSchoolStaffBelow) reasons.push(`教职工 ${staffCount} 人（少于 ${smallSchoolStaffBelow} 人）`)
  if (pupilCount !== null && pupilCount < smallSchoolPupilsBelow) reasons.push(`学生（幼儿）${pupilCount} 人（少于 ${smallSchoolPupilsBelow} 人）`)
  return { suggested: reasons.length > 0, reason: reasons.join('，') }
}

export interface SmallSchoolStatus {
  enabled: boolean
  suggestion: SmallSchoolSuggestion
}

/** Why a library point is in the proposal, most important first. */
export const proposalReasonKinds = ['major', 'essential', 'high', 'fill'] as const
export type ProposalReasonKind = (typeof proposalReasonKinds)[number]

/** A library risk point the small-school proposal offers, with the reason shown to the user. */
export interface ProposedPoint {
  key: string
  name: string
  kind: RiskPointKind
  area: string
  /** The highest level among the point's typical risks, graded with the school's value tables. */
  typicalLevel: RiskLevel
  reasonKind: ProposalReasonKind
  reason: string
  /** Already among the school's risk points. */
  added: boolean
}
