/** 考核奖惩 records: rewards and penalties for people or departments, and the policy clauses they rest on. */

export const incentiveKinds = ['reward', 'penalty'] as const
export type IncentiveKind = (typeof incentiveKinds)[number]

export const incentiveKindLabels: Record<IncentiveKind, string> = {
  reward: '奖励',
  penalty: '惩处'
}

export const incentiveTargetKinds = ['person', 'department'] as const
export type IncentiveTargetKind = (typeof incentiveTargetKinds)[number]

export const incentiveTargetKindLabels: Record<IncentiveTargetKind, string> = {
  person: '个人',
  department: '部门'
}

/** Measures offered in the form, as the default 考核奖惩制度 lists them; any other text may be typed. */
export const suggestedMeasures: Record<IncentiveKind, readonly string[]> = {
  reward: ['通报表扬', '评优评先优先推荐', '发放绩效奖励'],
  penalty: ['提醒谈话', '书面检查', '通报批评', '扣减绩效', '取消当年评优评先资格', '年度考核降低等次']
}

export interface Incentive {
  id: number
  kind: IncentiveKind
  targetKind: IncentiveTargetKind
  /** The person rewarded or penalised; null for a department, or after the person left the roster. */
  staffId: number | null
  /** The person's name as it was when decided, or the department's name. */
  targetName: string
  decidedOn: string
  /** 事由. */
  reason: string
  /** 依据条款, e.g. 《双重预防体系运行考核奖惩制度》第九条. */
  basis: string
  /** 奖惩措施, with an amount where there is one. */
  measure: string
  approver: string
  /** The hidden hazard the decision is about, e.g. the one a reward was given for reporting. */
  hazardId: number | null
  /** 隐患编号 of that hazard, for printing. */
  hazardCode: string | null
}

/** A hidden hazard an incentive may be linked to. */
export interface HazardOption {
  id: number
  code: string
  description: string
  foundOn: string
}

export interface PolicyClause {
  /** 第九条. */
  number: string
  /** The clause's text without its number, continuation lines joined. */
  text: string
  /** How a record cites it: 《制度名称》第九条. */
  reference: string
}

const clauseStart = /^第([一二三四五六七八九十百零〇两\d]+)条[\s\u3000]*(.*)$/u
const chapterStart = /^第([一二三四五六七八九十百零〇两\d]+)章/u

/**
 * Splits a policy's body into its clauses (第X条). A line that starts no clause and no chapter continues the
 * clause above it; text before the first clause is dropped.
 */
export function policyClauses(title: string, body: string): PolicyClause[] {
  const clauses: PolicyClause[] = []
  const cleanTitle = title.trim()

  for (const rawLine of body.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim()
    if (line === '') continue

    const clause = clauseStart.exec(line)
    if (clause) {
      const number = `第${clause[1]}条`
      clauses.push({ number, text: clause[2].trim(), reference: `《${cleanTitle}》${number}` })
      continue
    }

    const last = clauses[clauses.length - 1]
    if (last && !chapterStart.test(line)) last.text = `${last.text}${line}`
  }
  return clauses
}
