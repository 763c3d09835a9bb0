import type { ImportField } from '../../shared/risk-import'

/**
 * Identifies the field a header label names. Labels are compared in their `matchKey` form
 * (half-width, simplified, upper case, no spaces). A column's header may span rows ("管控措施" over
 * "工程技术"). The lowest label that means something decides, and the labels above it are its group.
 * The group settles short labels such as "管理" (a measure category only under 管控措施) or "后果" (C under 风险评价).
 */

/** Group labels over evaluation columns: 风险评价 over L/E/C/D. */
const evaluationGroup = /评价|评估|风险分析|LEC|LS|作业条件|风险矩阵|危险性分析|风险值计算/
const lsGroup = /LS|风险矩阵|矩阵/
/** Group labels over the measure columns: 管控措施 over the five categories. */
const measureGroup = /措施/

/** Words of a title row ("某某学校安全风险分级管控清单"); a title is never a column label. */
const titleWords = /清单|台账|一览表|登记表|汇总表|评价表|辨识表|分级表|学校|幼儿园|中学|小学|续表|\(续\)/

/** Labels that name a group rather than a column; they count as header words but map to no field. */
const groupLabels = /^(风险评价|风险评估|风险分析|评价|评估|风险分级|LEC法?|LS法?|作业条件危险性分析法?|风险矩阵法?|管控措施|现有管控措施|控制措施|现有控制措施|安全措施|防范措施|责任|管控责任|责任单位及责任人|风险管控)$/

export function isTitleLabel(key: string): boolean {
  return titleWords.test(key)
}

export function isGroupLabel(key: string): boolean {
  return groupLabels.test(key)
}

/** Finds a single factor or score letter in a label: "L", "L值", "L(可能性)", "事故发生的可能性(L)", "D=L×E×C". */
function factorLetter(key: string): string | undefined {
  const leading = /^([LECDSR])(?![A-Z])/.exec(key)
  if (leading) return leading[1]
  const bracketed = /\(([LECDSR])\)|（([LECDSR])）/.exec(key)
  if (bracketed) return bracketed[1] ?? bracketed[2]
  const trailing = /[^A-Z]([LECDSR])$/.exec(key)
  return trailing?.[1]
}

function letterField(letter: string, inLs: boolean): ImportField {
  switch (letter) {
    case 'L':
      return 'l'
    case 'E':
      return 'e'
    case 'C':
      return inLs ? 's' : 'c'
    case 'S':
      return 's'
    default:
      return 'score'
  }
}

/** D or R at the start ("D/分级") or in brackets ("风险值(D)"), or a score word; a letter list such as "(A/B/C/D)" is not a score. */
const hasScoreWord = /^[DR](?![A-Z])|\([DR]\)|风险值|分值|危险性值|风险度/
const hasLevelWord = /分级|等级|级别/

function identifyEvaluation(key: string, group: string): ImportField | undefined {
  if (hasScoreWord.test(key) && hasLevelWord.test(key)) return 'scoreLevel'

  const letter = factorLetter(key)
  if (letter && key.length <= 24) return letterField(letter, lsGroup.test(group))

  if (/可能性|可能程度|发生频率|发生概率/.test(key)) return 'l'
  if (/暴露|频繁程度/.test(key)) return 'e'
  if (/严重性|严重程度/.test(key)) return 's'
  if (evaluationGroup.test(group) && /后果/.test(key)) return lsGroup.test(group) ? 's' : 'c'
  if (/风险值|危险性值|风险度|^分值$|^得分$/.test(key)) return 'score'
  return undefined
}

function identifyMeasure(key: string, group: string): ImportField | undefined {
  if (/建议|改进|新增|拟采取|补充/.test(key)) return undefined
  if (/工程技术|工程措施|技术措施|^工程$/.test(key)) return 'measureEngineering'
  if (/管理措施/.test(key) || (key === '管理' && measureGroup.test(group))) return 'measureManagement'
  if (/培训教育|教育培训|培训措施|^培训$|^教育$/.test(key)) return 'measureTraining'
  if (/个体防护|个人防护|防护措施|^防护$/.test(key)) return 'measureProtective'
  if (/应急处置|应急措施|应急处理|^应急$/.test(key)) return 'measureEmergency'
  if (/措施/.test(key)) return 'measures'
  return undefined
}

function identifyOwner(key: string): ImportField | undefined {
  if (/管控层级|管控级别|控制层级|管控层次|^层级$|^管控级$/.test(key)) return 'controlLevel'
  if (/岗位/.test(key)) return 'post'
  if (/部门|处室|单位|科室/.test(key)) return 'department'
  if (/责任人|负责人|管控人|联系人|^姓名$/.test(key)) return 'person'
  return undefined
}

function identifyDescription(key: string): ImportField | undefined {
  if (/因素类别|因素类型|因素分类|危害类别|危险因素类别/.test(key)) return 'factorType'
  if (/事故类型|事故类别|可能导致的事故|可能发生的事故|易发.*事故|事故风险类型|导致事故|事故后果类型|^事故$/.test(key)) return 'accidentTypes'
  if (/风险点|风险源名称|场所名称|设备设施名称|作业活动名称|部位名称|^作业活动$|^设备设施$|^场所$|^名称$/.test(key)) return 'pointName'
  if (/危险源|危险有害因素|有害因素|危险因素|危害因素|风险描述|主要风险|风险概述|风险因素|潜在风险|风险隐患|风险内容|存在的风险|风险名称|不符合标准情况|^风险$/.test(key)) {
    return 'hazard'
  }
  if (/后果|可能造成/.test(key)) return 'consequence'
  return undefined
}

function identifyPointType(key: string): ImportField | undefined {
  return /^(类型|类别|风险点类型|风险点类别|风险类型|风险类别|分类)$/.test(key) ? 'pointType' : undefined
}

function identifyPlace(key: string): ImportField | undefined {
  if (/区域|位置|部位|所在|楼层|地点/.test(key)) return 'area'
  if (/^(序号|编号|NO\.?|序)$/.test(key)) return 'serial'
  return undefined
}

/**
 * Returns the field a label names, given the labels above it (`group`, joined), or undefined. Labels longer
 * than 24 characters are data or notes, never a column label.
 */
export function identifyLabel(key: string, group: string): ImportField | undefined {
  if (key.length === 0 || key.length > 24 || isTitleLabel(key)) return undefined

  if (/颜色|风险色|四色|标识色/.test(key)) return 'colour'
  const evaluation = identifyEvaluation(key, group)
  if (evaluation) return evaluation
  if (/风险等级|风险级别|风险分级|安全风险等级|评价级别|危险等级|风险程度|^等级$|^级别$|^分级$/.test(key)) return 'level'

  return identifyOwner(key) ?? identifyMeasure(key, group) ?? identifyPointType(key) ?? identifyDescription(key) ?? identifyPlace(key)
}
