/** The four risk levels of the dual prevention system, highest first. */
export const riskLevels = ['major', 'high', 'medium', 'low'] as const
export type RiskLevel = (typeof riskLevels)[number]

export interface RiskLevelInfo {
  level: RiskLevel
  /** 等级用语, printed beside every colour so grayscale prints stay readable. */
  word: string
  shortWord: string
  colourName: string
  /** Print colour as RRGGBB. Red, orange, yellow and blue as schools print them. */
  rgb: string
  /** Text colour that stays legible on the band. */
  textRgb: string
  roman: string
  /** Default 管控层级 for a risk of this level: the higher the risk, the higher the level that controls it. */
  defaultControlLevel: ControlLevel
  /** Level definition shown for direct (quick) grading. */
  definition: string
}

export const controlLevels = ['school', 'department', 'grade', 'post'] as const
export type ControlLevel = (typeof controlLevels)[number]

export const controlLevelLabels: Record<ControlLevel, string> = {
  school: '学校级',
  department: '部门级',
  grade: '年级组级',
  post: '岗位级'
}

export const riskLevelInfo: Record<RiskLevel, RiskLevelInfo> = {
  major: {
    level: 'major',
    word: '重大风险',
    shortWord: '重大',
    colourName: '红',
    rgb: 'FF0000',
    textRgb: 'FFFFFF',
    roman: 'Ⅰ级',
    defaultControlLevel: 'school',
    definition: '管控难度大，可能失控，一旦发生事故可能造成群死群伤或重大损失；必须采取措施降低风险，并向教育主管部门报告。'
  },
  high: {
    level: 'high',
    word: '较大风险',
    shortWord: '较大',
    colourName: '橙',
    rgb: 'FF9900',
    textRgb: '000000',
    roman: 'Ⅱ级',
    defaultControlLevel: 'department',
    definition: '管控难度较大，有失控的可能，发生事故可能造成人员伤亡或较大损失；必须采取措施降低风险。'
  },
  medium: {
    level: 'medium',
    word: '一般风险',
    shortWord: '一般',
    colourName: '黄',
    rgb: 'FFFF00',
    textRgb: '000000',
    roman: 'Ⅲ级',
    defaultControlLevel: 'grade',
    definition: '风险处于受控状态，发生事故的可能性很小，可能造成一般伤害或损失；在合理可行范围内降低风险。'
  },
  low: {
    level: 'low',
    word: '低风险',
    shortWord: '低',
    colourName: '蓝',
    rgb: '0070C0',
    textRgb: 'FFFFFF',
    roman: 'Ⅳ级',
    defaultControlLevel: 'post',
    definition: '风险受控，发生事故的可能性极小，后果为轻微伤害或较小损失；保持现有管控措施有效即可。'
  }
}

/** Label with the colour and the level word, e.g. "红 · 重大风险". */
export function levelLabel(level: RiskLevel): string {
  const info = riskLevelInfo[level]
  return `${info.colourName} · ${info.word}`
}

/** Orders levels from highest (0) to lowest (3). */
export function levelRank(level: RiskLevel): number {
  return riskLevels.indexOf(level)
}

export function highestLevel(levels: readonly RiskLevel[]): RiskLevel | undefined {
  let best: RiskLevel | undefined
  for (const level of levels) {
    if (best === undefined || levelRank(level) < levelRank(best)) best = level
  }
  return best
}
