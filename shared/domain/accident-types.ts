/**
 * Accident types: the 20 categories of GB 6441-86 (codes 01–20) plus the school categories used in
 * school risk lists and emergency plans (codes S01…). Codes 11–15 are mining categories and are hidden
 * from pick lists, but kept so imported data that uses them still reads.
 */
export interface AccidentType {
  code: string
  name: string
  source: 'GB6441' | 'school'
  hidden?: boolean
}

export const accidentTypes: readonly AccidentType[] = [
  { code: '01', name: '物体打击', source: 'GB6441' },
  { code: '02', name: '车辆伤害', source: 'GB6441' },
  { code: '03', name: '机械伤害', source: 'GB6441' },
  { code: '04', name: '起重伤害', source: 'GB6441' },
  { code: '05', name: '触电', source: 'GB6441' },
  { code: '06', name: '淹溺', source: 'GB6441' },
  { code: '07', name: '灼烫', source: 'GB6441' },
  { code: '08', name: '火灾', source: 'GB6441' },
  { code: '09', name: '高处坠落', source: 'GB6441' },
  { code: '10', name: '坍塌', source: 'GB6441' },
  { code: '11', name: '冒顶片帮', source: 'GB6441', hidden: true },
  { code: '12', name: '透水', source: 'GB6441', hidden: true },
  { code: '13', name: '放炮', source: 'GB6441', hidden: true },
  { code: '14', name: '火药爆炸', source: 'GB6441', hidden: true },
  { code: '15', name: '瓦斯爆炸', source: 'GB6441', hidden: true },
  { code: '16', name: '锅炉爆炸', source: 'GB6441' },
  { code: '17', name: '容器爆炸', source: 'GB6441' },
  { code: '18', name: '其他爆炸', source: 'GB6441' },
  { code: '19', name: '中毒和窒息', source: 'GB6441' },
  { code: '20', name: '其他伤害', source: 'GB6441' },
  { code: 'S01', name: '拥挤踩踏', source: 'school' },
  { code: 'S02', name: '食物中毒', source: 'school' },
  { code: 'S03', name: '传染病', source: 'school' },
  { code: 'S04', name: '校园欺凌和暴力', source: 'school' },
  { code: 'S05', name: '外来人员侵害', source: 'school' },
  { code: 'S06', name: '交通事故', source: 'school' },
  { code: 'S07', name: '校外溺水', source: 'school' },
  { code: 'S08', name: '一氧化碳中毒', source: 'school' },
  { code: 'S09', name: '自然灾害', source: 'school' },
  { code: 'S10', name: '运动伤害和猝死', source: 'school' },
  { code: 'S11', name: '心理危机和自伤', source: 'school' },
  { code: 'S12', name: '走失和被冒领', source: 'school' },
  { code: 'S13', name: '异物窒息和误食', source: 'school' },
  { code: 'S14', name: '网络和舆情事件', source: 'school' }
]

const byCode = new Map(accidentTypes.map((type) => [type.code, type]))

export const accidentTypeCodes: readonly string[] = accidentTypes.map((type) => type.code)

export function accidentTypeName(code: string): string {
  return byCode.get(code)?.name ?? code
}

export function isAccidentTypeCode(code: string): boolean {
  return byCode.has(code)
}
