import type { RiskLevel } from '../domain/levels'

/** One value of an evaluation scale with its meaning, e.g. L = 3 "可能，但不经常". */
export interface ScaleValue {
  value: number
  meaning: string
}

/**
 * A lower bound for a level. Scores are compared from the highest level down; the first bound the
 * score reaches gives the level, and a score below every bound is 低风险.
 */
export interface LevelThreshold {
  level: Exclude<RiskLevel, 'low'>
  min: number
  /** Whether a score equal to `min` belongs to this level. */
  inclusive: boolean
}

export interface LecTable {
  l: ScaleValue[]
  e: ScaleValue[]
  c: ScaleValue[]
  thresholds: LevelThreshold[]
}

export interface LsTable {
  l: ScaleValue[]
  s: ScaleValue[]
  thresholds: LevelThreshold[]
}

/** The evaluation tables a school grades with. They are data with a version, kept in the school file. */
export interface ValueTables {
  version: string
  name: string
  lec: LecTable
  ls: LsTable
}

/**
 * LEC scales: the classic 作业条件危险性分析法 values (L 0.1–10, E 0.5–10, C 1–100). The D thresholds are
 * the four-band dual-prevention reading: D > 320 重大, 160–320 较大, 70–159 一般, below 70 低.
 */
export const defaultLecTable: LecTable = {
  l: [
    { value: 10, meaning: '完全可以预料' },
    { value: 6, meaning: '相当可能' },
    { value: 3, meaning: '可能，但不经常' },
    { value: 1, meaning: '可能性小，完全意外' },
    { value: 0.5, meaning: '很不可能，可以设想' },
    { value: 0.2, meaning: '极不可能' },
    { value: 0.1, meaning: '实际不可能' }
  ],
  e: [
    { value: 10, meaning: '连续暴露' },
    { value: 6, meaning: '每天工作时间内暴露' },
    { value: 3, meaning: '每周一次或偶然暴露' },
    { value: 2, meaning: '每月一次暴露' },
    { value: 1, meaning: '每年几次暴露' },
    { value: 0.5, meaning: '非常罕见地暴露' }
  ],
  c: [
    { value: 100, meaning: '大灾难，许多人死亡' },
    { value: 40, meaning: '灾难，数人死亡' },
    { value: 15, meaning: '非常严重，一人死亡' },
    { value: 7, meaning: '严重，重伤' },
    { value: 3, meaning: '重大，致残' },
    { value: 1, meaning: '引人注目，需要救护' }
  ],
  thresholds: [
    { level: 'major', min: 320, inclusive: false },
    { level: 'high', min: 160, inclusive: true },
    { level: 'medium', min: 70, inclusive: true }
  ]
}

/**
 * LS (风险矩阵) scales, 1–5 each. R thresholds 20–25 重大, 9–16 较大, 4–8 一般, 1–3 低: the published
 * matrix variant whose cut-offs fall exactly on attainable products of two 1–5 values.
 */
export const defaultLsTable: LsTable = {
  l: [
    { value: 5, meaning: '现场没有防范、监测、保护和控制措施，或危害无法发现，正常情况下经常发生此类事件' },
    { value: 4, meaning: '危害难以发现，没有监测，或有控制措施但未执行或不当，预期情况下会发生' },
    { value: 3, meaning: '没有保护措施或未严格按程序操作，危害容易被发现，或过去曾经发生类似事件' },
    { value: 2, meaning: '危害能及时发现并定期监测，控制措施有效，过去偶尔发生事件' },
    { value: 1, meaning: '控制措施有效完善，员工安全意识高，严格执行程序，极不可能发生' }
  ],
  s: [
    { value: 5, meaning: '违反法律法规；造成死亡；直接经济损失 100 万元以上；大面积停课；重大社会影响' },
    { value: 4, meaning: '潜在违反法规；丧失劳动能力；直接经济损失 50 万元以上；多个年级停课；较大社会影响' },
    { value: 3, meaning: '违反上级规定；截肢、骨折、听力丧失、慢性病；直接经济损失 1 万元以上；一个年级停课；区域影响' },
    { value: 2, meaning: '不符合学校制度；轻微受伤、间歇不适；直接经济损失 1 万元以下；基本不影响教学；校内影响' },
    { value: 1, meaning: '完全符合规定；无伤亡；无损失；无停课；无影响' }
  ],
  thresholds: [
    { level: 'major', min: 20, inclusive: true },
    { level: 'high', min: 9, inclusive: true },
    { level: 'medium', min: 4, inclusive: true }
  ]
}

export const defaultValueTables: ValueTables = {
  version: 'default-2026.1',
  name: '默认评价标准（LEC 四级、LS 5×5 矩阵）',
  lec: defaultLecTable,
  ls: defaultLsTable
}
