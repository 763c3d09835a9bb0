import type { MeasureCategory } from './measures'

/** 排查类型 of the hidden-hazard investigation. */
export const inspectionTypes = ['daily', 'comprehensive', 'special', 'seasonal', 'holiday', 'accident', 'change'] as const
export type InspectionType = (typeof inspectionTypes)[number]

export const inspectionTypeLabels: Record<InspectionType, string> = {
  daily: '日常排查',
  comprehensive: '综合排查',
  special: '专项排查',
  seasonal: '季节性排查',
  holiday: '节假日排查',
  accident: '事故类比排查',
  change: '复课及变更排查'
}

/** 排查频次, from the shortest to the longest interval. */
export const checkFrequencies = [
  'perLesson',
  'perShift',
  'perTrip',
  'daily',
  'weekly',
  'monthly',
  'term',
  'beforeHoliday',
  'beforeSeason',
  'yearly'
] as const
export type CheckFrequency = (typeof checkFrequencies)[number]

export const checkFrequencyLabels: Record<CheckFrequency, string> = {
  perLesson: '每节课',
  perShift: '每班次',
  perTrip: '每趟次',
  daily: '每日',
  weekly: '每周',
  monthly: '每月',
  term: '每学期',
  beforeHoliday: '节假日前',
  beforeSeason: '季节转换前',
  yearly: '每年'
}

export const checkMethods = ['查看现场', '查阅资料', '询问交流', '测试检测', '实际操作'] as const
export type CheckMethod = (typeof checkMethods)[number]

/** The investigation method that usually fits a measure category. */
export const defaultCheckMethod: Record<MeasureCategory, CheckMethod> = {
  engineering: '查看现场',
  management: '查阅资料',
  training: '询问交流',
  protective: '查看现场',
  emergency: '查阅资料'
}
