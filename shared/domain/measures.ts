/** The five kinds of control measures, in the order they should be chosen (engineering first). */
export const measureCategories = ['engineering', 'management', 'training', 'protective', 'emergency'] as const
export type MeasureCategory = (typeof measureCategories)[number]

export const measureCategoryLabels: Record<MeasureCategory, string> = {
  engineering: '工程技术措施',
  management: '管理措施',
  training: '培训教育措施',
  protective: '个体防护措施',
  emergency: '应急处置措施'
}

export const measureCategoryShortLabels: Record<MeasureCategory, string> = {
  engineering: '工程技术',
  management: '管理',
  training: '培训教育',
  protective: '个体防护',
  emergency: '应急处置'
}
