import { overdueDays } from './local-date'

/**
 * Hidden hazards (事故隐患) and their closed loop: 登记 → 整改中 → 待验收 → 已销号. Overdue is not a state:
 * it is derived from the deadline and today's date wherever it is shown.
 */

export const hazardStates = ['reported', 'rectifying', 'awaiting-acceptance', 'closed'] as const
export type HazardState = (typeof hazardStates)[number]

export const hazardStateLabels: Record<HazardState, string> = {
  reported: '登记',
  rectifying: '整改中',
  'awaiting-acceptance': '待验收',
  closed: '已销号'
}

export const hazardGrades = ['general', 'major'] as const
export type HazardGrade = (typeof hazardGrades)[number]

export const hazardGradeLabels: Record<HazardGrade, string> = {
  general: '一般事故隐患',
  major: '重大事故隐患'
}

export const hazardGradeShortLabels: Record<HazardGrade, string> = {
  general: '一般',
  major: '重大'
}

export const hazardCategories = ['basic', 'site'] as const
export type HazardCategory = (typeof hazardCategories)[number]

export const hazardCategoryLabels: Record<HazardCategory, string> = {
  basic: '基础管理类',
  site: '现场类'
}

/** Source of the hazard: the school's own investigation, a report by staff or pupils, or a bureau check. */
export const hazardSources = ['inspection', 'report', 'bureau'] as const
export type HazardSource = (typeof hazardSources)[number]

export const hazardSourceLabels: Record<HazardSource, string> = {
  inspection: '排查发现',
  report: '报告举报',
  bureau: '上级检查'
}

export const photoStages = ['found', 'rectified'] as const
export type PhotoStage = (typeof photoStages)[number]

export const photoStageLabels: Record<PhotoStage, string> = {
  found: '整改前',
  rectified: '整改后'
}

/** A person on a record: someone from the staff roster, or a name typed in (a pupil, a bureau inspector). */
export interface PersonRef {
  staffId: number | null
  /** The name as it was when recorded; kept when the roster entry is later renamed or removed. */
  name: string
}

export interface Hazard {
  id: number
  /** 隐患编号, YH-<year found>-<four-digit number>. */
  code: string
  description: string
  riskPointId: number | null
  place: string
  foundOn: string
  foundBy: PersonRef
  source: HazardSource
  /** The not-OK inspection result that raised this hazard, when it came from a recorded inspection. */
  inspectionResultId: number | null
  category: HazardCategory
  grade: HazardGrade
  /** Codes of the major-hazard criteria ticked; any one makes the hazard 重大. */
  majorCriteria: string[]
  state: HazardState
  /** 立查立改: registered, rectified and accepted in one step. */
  fixedOnTheSpot: boolean
  /** 五落实: 责任 (responsible person), 措施, 资金, 时限 (deadline) and 预案 (contingency plan). */
  responsible: PersonRef
  measures: string
  funds: string
  deadline: string | null
  contingency: string
  /** 重大事故隐患治理方案. */
  governancePlan: string
  /** 上报: when and to whom a 重大 hazard was reported. */
  reportedOn: string | null
  reportTo: string
  reportNote: string
  rectifiedOn: string | null
  rectifier: PersonRef
  rectificationNote: string
  acceptedOn: string | null
  acceptor: PersonRef
  acceptanceOpinion: string
  closedOn: string | null
  /** Position in the school's chain of closures (1 = first closed), and the chain's hashes. */
  closureSeq: number | null
  closureHash: string | null
  previousHash: string | null
  createdAt: string
  updatedAt: string
}

export const hazardEventActions = [
  'register',
  'update',
  'save-plan',
  'report',
  'start-rectification',
  'submit',
  'accept',
  'reject',
  'close',
  'on-the-spot',
  'add-photo',
  'remove-photo'
] as const
export type HazardEventAction = (typeof hazardEventActions)[number]

export const hazardEventLabels: Record<HazardEventAction, string> = {
  register: '登记隐患',
  update: '修改登记信息',
  'save-plan': '保存整改方案',
  report: '上报',
  'start-rectification': '开始整改',
  submit: '提交验收',
  accept: '验收通过',
  reject: '验收不通过，退回整改',
  close: '销号',
  'on-the-spot': '立即整改',
  'add-photo': '添加照片',
  'remove-photo': '删除照片'
}

/** One line of a hazard's history. */
export interface HazardEvent {
  id: number
  hazardId: number
  /** ISO 8601 instant. */
  at: string
  action: HazardEventAction
  fromState: HazardState | null
  toState: HazardState | null
  operator: string
  note: string
}

/** A stored photo without its bytes. */
export interface HazardPhotoMeta {
  id: number
  hazardId: number
  stage: PhotoStage
  width: number
  height: number
  /** Size of the stored JPEG, in bytes. */
  size: number
  /** SHA-256 of the stored JPEG, lower-case hex; also its name in the export package (photos/<sha256>.jpg). */
  sha256: string
  originalName: string
  createdAt: string
}

// The closed loop as data.

/** Actions on an existing hazard. Registration and 立即整改 create one and are not listed. */
export const hazardActions = [
  'update',
  'save-plan',
  'report',
  'start-rectification',
  'submit',
  'accept',
  'reject',
  'close',
  'add-photo',
  'remove-photo'
] as const
export type HazardAction = (typeof hazardActions)[number]

export const hazardActionLabels: Record<HazardAction, string> = {
  update: '修改登记信息',
  'save-plan': '保存整改方案',
  report: '上报',
  'start-rectification': '开始整改',
  submit: '提交验收',
  accept: '验收通过',
  reject: '验收不通过',
  close: '销号',
  'add-photo': '添加照片',
  'remove-photo': '删除照片'
}

/** Whether the action needs the acceptance to be recorded already, not yet, or does not care. */
export type AcceptanceCondition = 'not-yet' | 'recorded' | 'any'

export interface HazardTransition {
  action: HazardAction
  from: readonly HazardState[]
  /** The state afterwards; 'same' for actions that record something without moving the hazard. */
  to: HazardState | 'same'
  acceptance: AcceptanceCondition
  /** Only 重大 hazards take this action (上报). */
  majorOnly: boolean
}

const open: readonly HazardState[] = ['reported', 'rectifying', 'awaiting-acceptance']

/**
 * The allowed transitions. Acceptance is recorded in 待验收 and only 销号 follows it, so what was accepted
 * cannot change before it is locked. A rejection sends the hazard back to 整改中.
 */
export const hazardTransitions: readonly HazardTransition[] = [
  { action: 'update', from: open, to: 'same', acceptance: 'not-yet', majorOnly: false },
  { action: 'save-plan', from: open, to: 'same', acceptance: 'not-yet', majorOnly: false },
  { action: 'report', from: open, to: 'same', acceptance: 'any', majorOnly: true },
  { action: 'start-rectification', from: ['reported'], to: 'rectifying', acceptance: 'not-yet', majorOnly: false },
  { action: 'submit', from: ['rectifying'], to: 'awaiting-acceptance', acceptance: 'not-yet', majorOnly: false },
  { action: 'accept', from: ['awaiting-acceptance'], to: 'same', acceptance: 'not-yet', majorOnly: false },
  { action: 'reject', from: ['awaiting-acceptance'], to: 'rectifying', acceptance: 'not-yet', majorOnly: false },
  { action: 'close', from: ['awaiting-acceptance'], to: 'closed', acceptance: 'recorded', majorOnly: false },
  { action: 'add-photo', from: open, to: 'same', acceptance: 'not-yet', majorOnly: false },
  { action: 'remove-photo', from: open, to: 'same', acceptance: 'not-yet', majorOnly: false }
]

/** The facts about a hazard that decide which actions it allows. */
export interface TransitionFacts {
  state: HazardState
  grade: HazardGrade
  /** True once 验收通过 is recorded. */
  accepted: boolean
}

export type TransitionCheck =
  | { allowed: true; to: HazardState }
  | { allowed: false; code: 'hazard-closed' | 'hazard-action-not-allowed'; reason: string }

export const closedHazardReason = '该隐患已销号，记录已锁定，不能再修改、增删照片或办理其他操作。'

function stateList(states: readonly HazardState[]): string {
  return states.map((state) => `“${hazardStateLabels[state]}”`).join('、')
}

/** Checks whether `action` is allowed on a hazard with these facts and returns the state it leads to, or why not in Chinese. */
export function checkHazardAction(facts: TransitionFacts, action: HazardAction): TransitionCheck {
  if (facts.state === 'closed') return { allowed: false, code: 'hazard-closed', reason: closedHazardReason }

  const rule = hazardTransitions.find((transition) => transition.action === action)
  const label = hazardActionLabels[action]
  if (!rule) return { allowed: false, code: 'hazard-action-not-allowed', reason: `不能办理“${label}”。` }

  if (rule.majorOnly && facts.grade !== 'major') {
    return { allowed: false, code: 'hazard-action-not-allowed', reason: '只有重大事故隐患需要上报，一般事故隐患由学校自行治理。' }
  }
  if (!rule.from.includes(facts.state)) {
    const reason = `“${label}”只能在${stateList(rule.from)}状态下办理，该隐患目前是“${hazardStateLabels[facts.state]}”。`
    return { allowed: false, code: 'hazard-action-not-allowed', reason }
  }
  if (rule.acceptance === 'recorded' && !facts.accepted) {
    return { allowed: false, code: 'hazard-action-not-allowed', reason: '验收通过后才能销号，请先办理验收。' }
  }
  if (rule.acceptance === 'not-yet' && facts.accepted) {
    return { allowed: false, code: 'hazard-action-not-allowed', reason: '该隐患已验收通过，只能办理销号。' }
  }
  return { allowed: true, to: rule.to === 'same' ? facts.state : rule.to }
}

/** Returns the facts of a stored hazard. */
export function transitionFacts(hazard: Pick<Hazard, 'state' | 'grade' | 'acceptedOn'>): TransitionFacts {
  return { state: hazard.state, grade: hazard.grade, accepted: hazard.acceptedOn !== null }
}

// Rules on the content.

/** The parts of a 重大 hazard's plan and their Chinese names, as the error and the window list them. */
export const majorHazardParts = ['responsible', 'measures', 'funds', 'deadline', 'contingency', 'governancePlan', 'report'] as const
export type MajorHazardPart = (typeof majorHazardParts)[number]

export const majorHazardPartLabels: Record<MajorHazardPart, string> = {
  responsible: '整改责任人',
  measures: '整改措施',
  funds: '整改资金',
  deadline: '整改时限',
  contingency: '应急预案',
  governancePlan: '治理方案',
  report: '上报记录'
}

type PlanFacts = Pick<Hazard, 'responsible' | 'measures' | 'funds' | 'deadline' | 'contingency' | 'governancePlan' | 'reportedOn' | 'reportTo'>

/**
 * Lists the parts a 重大 hazard still lacks before it may be in 整改中 or beyond: all of 五落实, a 治理方案
 * and a 上报 record (date and recipient). Returns an empty list when it is complete.
 */
export function majorHazardGaps(hazard: PlanFacts): MajorHazardPart[] {
  const present: Record<MajorHazardPart, boolean> = {
    responsible: hazard.responsible.name.trim() !== '',
    measures: hazard.measures.trim() !== '',
    funds: hazard.funds.trim() !== '',
    deadline: hazard.deadline !== null,
    contingency: hazard.contingency.trim() !== '',
    governancePlan: hazard.governancePlan.trim() !== '',
    report: hazard.reportedOn !== null && hazard.reportTo.trim() !== ''
  }
  return majorHazardParts.filter((part) => !present[part])
}

/** Days the hazard is overdue on `today` (YYYY-MM-DD), 0 when it is closed, has no deadline or is on time. */
export function hazardOverdueDays(hazard: Pick<Hazard, 'state' | 'deadline'>, today: string): number {
  return hazard.state === 'closed' ? 0 : overdueDays(hazard.deadline, today)
}

/** Tells whether two people on a record are the same: by roster id when both have one, else by name. */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  if (a.staffId !== null && b.staffId !== null) return a.staffId === b.staffId
  return a.name.trim() !== '' && a.name.trim() === b.name.trim()
}

/** How many photos one stage of one hazard may hold. */
export const maxPhotosPerStage = 9
