import type { HazardFactorType, RiskPointKind } from '../../shared/domain/entities'
import type { ControlLevel } from '../../shared/domain/levels'
import { matchKey } from './normalise'

/** Reads the short value columns of a risk list: point type, control level and factor type. */

export function readPointKind(text: string): RiskPointKind | undefined {
  const key = matchKey(text)
  // "作业场所" is a place: the place words are checked first.
  if (/设施|设备|场所|区域|部位|场地|建筑/.test(key)) return 'facility'
  if (/作业|活动|操作|行为/.test(key)) return 'activity'
  return undefined
}

/**
 * Words of an activity in a risk point's name: lessons, events, pick-up, work. The importer uses them
 * only when the sheet has no type column, and reports that in a warning.
 */
const activityWords = /作业|活动|课|接送|集会|实验|加工|操作|施工|值班|巡查|外出|研学|就餐|用餐|午休|课间|上下学|放学|劳动|演练|运动会|比赛|驾驶|维修|清洗|消毒|采购|搬运|动火|登高|游泳|军训|升旗/

/** Endings of a place's name (实验室, 教学楼, 锅炉房); such a name is a place even when it contains 实验 or 游泳. */
const placeEndings = /(室|楼|房|场|馆|池|区|库|间|门|墙|所|厅|道|梯|台|棚|站|园|舍|堂|口|井|塔|架|柜|栏|处)$/

export function guessPointKind(name: string): RiskPointKind {
  if (placeEndings.test(name.trim())) return 'facility'
  return activityWords.test(name) ? 'activity' : 'facility'
}

export function readControlLevel(text: string): ControlLevel | undefined {
  const key = matchKey(text)
  if (/^(学校|校级|公司级|单位级|园级|幼儿园级)/.test(key)) return 'school'
  if (/^(部门|处室|科室|部门级|处室级|科室级|中层)/.test(key)) return 'department'
  if (/^(年级|年级组|班组|教研组|年级组级|班组级)/.test(key)) return 'grade'
  if (/^(岗位|班级|个人|岗位级|班级级|员工)/.test(key)) return 'post'
  return undefined
}

export function readFactorType(text: string): HazardFactorType | undefined {
  const key = matchKey(text)
  if (/^人/.test(key)) return '人的因素'
  if (/^物/.test(key)) return '物的因素'
  if (/^环境/.test(key)) return '环境因素'
  if (/^管理/.test(key)) return '管理因素'
  return undefined
}

/**
 * Guesses the factor type from a hazard's wording. A school list rarely has this column, so the guess
 * is reported in a warning for the school to check.
 */
export function guessFactorType(hazard: string): HazardFactorType {
  if (/制度|未建立|未落实|未制定|未开展|管理不到位|管理不善|责任不明|培训不到位|台账|检查不到位|监管/.test(hazard)) return '管理因素'
  if (/学生|教师|教职工|人员|幼儿|违规|违章|打闹|追逐|擅自|疏忽|操作不当|未按|私自|攀爬|推搡|不慎|误操作|注意力/.test(hazard)) return '人的因素'
  if (/雨|雪|冰|雷|大风|地震|洪|高温|天气|湿滑|光线|照明不足|积水|寒冷|雾/.test(hazard)) return '环境因素'
  return '物的因素'
}
