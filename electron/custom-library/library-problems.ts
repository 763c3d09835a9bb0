import type { z } from 'zod'
import { accidentTypes } from '../../shared/domain/accident-types'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../shared/domain/checks'
import type { CustomLibraryProblem } from '../../shared/domain/custom-library'
import { riskPointKindLabels } from '../../shared/domain/entities'
import { controlLevelLabels } from '../../shared/domain/levels'
import { majorHazardAreaLabels } from '../../shared/domain/library'
import { measureCategoryLabels } from '../../shared/domain/measures'
import { facilityLabels } from '../../shared/domain/school'
import { shownValue } from '../../shared/errors'

/**
 * Turns the issues of a custom library file into Chinese sentences a consultant can act on: which entry
 * (by its key), where inside it, which field, what is wrong and, for a choice, what is allowed.
 */

const fileFieldLabels: Record<string, string> = {
  format: '文件格式标识',
  formatVersion: '格式版本',
  name: '风险库名称',
  author: '作者',
  updated: '更新时间',
  version: '版本',
  riskPoints: '风险点列表'
}

const pointFieldLabels: Record<string, string> = {
  key: '风险点编号',
  name: '风险点名称',
  kind: '风险点类型',
  area: '所在区域',
  description: '风险点描述',
  appliesTo: '适用范围',
  categories: '适用学校类别',
  facilities: '所需设施',
  areas: '重大隐患领域',
  ownerPostCode: '责任岗位',
  risks: '风险'
}

const riskFieldLabels: Record<string, string> = {
  key: '风险编号',
  hazard: '危险有害因素',
  factorType: '因素类别',
  consequence: '可能导致的后果',
  accidentTypes: '事故类型',
  lec: 'LEC 取值',
  ls: 'LS 取值',
  controlLevel: '管控层级',
  ownerPostCode: '责任岗位',
  measures: '管控措施'
}

const measureFieldLabels: Record<string, string> = { category: '措施类别', content: '措施内容', check: '排查项' }

const checkFieldLabels: Record<string, string> = {
  content: '排查内容',
  standard: '排查标准',
  method: '排查方法',
  inspectionType: '排查类型',
  frequency: '排查频次',
  postCode: '排查责任岗位'
}

/** Chinese names of coded values, shown next to the codes a file must use. */
const codeLabels: Record<string, string> = {
  ...measureCategoryLabels,
  ...inspectionTypeLabels,
  ...checkFrequencyLabels,
  ...controlLevelLabels,
  ...riskPointKindLabels,
  ...facilityLabels,
  ...majorHazardAreaLabels,
  ...Object.fromEntries(accidentTypes.map((type) => [type.code, type.name]))
}

type PathPart = PropertyKey

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let current: unknown = root
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `“${shownValue(value)}”`
  if (typeof value === 'number' || typeof value === 'boolean') return `“${String(value)}”`
  return ''
}

function allowedList(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' && codeLabels[value] ? `${value}（${codeLabels[value]}）` : String(value))).join('、')
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: '文字', number: '数字', array: '列表', object: '对象', boolean: '是或否' }
  return names[expected] ?? expected
}

/** Location of an issue: the entry key and a phrase such as 第 2 项风险（custom:a.2）第 3 条管控措施的排查项. */
interface Location {
  key: string | null
  place: string
  fieldLabel: string
}

function locate(root: unknown, path: readonly PathPart[]): Location {
  if (path[0] !== 'riskPoints' || typeof path[1] !== 'number') {
    const field = typeof path[0] === 'string' ? path[0] : ''
    return { key: null, place: '文件', fieldLabel: fileFieldLabels[field] ?? field }
  }

  const point = valueAt(root, path.slice(0, 2)) as { key?: unknown; name?: unknown } | undefined
  const pointKey = typeof point?.key === 'string' ? point.key : null
  const pointName = typeof point?.name === 'string' && point.name !== '' ? `（${shownValue(point.name)}）` : ''
  let place = pointKey ? `风险点 ${pointKey}${pointName}` : `第 ${path[1] + 1} 个风险点${pointName}`
  let labels = pointFieldLabels
  let fieldLabel = ''

  for (let index = 2; index < path.length; index += 1) {
    const part = path[index]
    const next = path[index + 1]
    if (part === 'risks' && typeof next === 'number') {
      const riskKey = valueAt(root, path.slice(0, index + 2)) as { key?: unknown } | undefined
      place += `第 ${next + 1} 项风险${typeof riskKey?.key === 'string' ? `（${riskKey.key}）` : ''}`
      labels = riskFieldLabels
      index += 1
    } else if (part === 'measures' && typeof next === 'number') {
      place += `第 ${next + 1} 条管控措施`
      labels = measureFieldLabels
      index += 1
    } else if (part === 'check' && labels === measureFieldLabels && next !== undefined) {
      place += '的排查项'
      labels = checkFieldLabels
    } else if (typeof part === 'string') {
      fieldLabel = labels[part] ?? (fieldLabel ? `${fieldLabel}的 ${part}` : part)
    } else if (typeof part === 'number' && fieldLabel) {
      fieldLabel = `${fieldLabel}第 ${part + 1} 项`
    }
  }
  return { key: pointKey, place, fieldLabel }
}

function keyFormatMessage(label: string, value: unknown): string {
  const isRisk = label === '风险编号'
  const example = isRisk ? 'custom:jiaoxuelou-wumian.1' : 'custom:jiaoxuelou-wumian'
  return `「${label}」${shown(value)}格式不对：自定义条目的编号以 custom: 开头，后面只用小写字母、数字和连字符${isRisk ? '，再加“.序号”' : ''}，如 ${example}。`
}

/** Describes one issue in a sentence, without its location. */
function describeIssue(issue: z.core.$ZodIssue, label: string, value: unknown): string {
  const field = label ? `「${label}」` : ''
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `缺少${field || '必需的内容'}。`
      return `${field}${shown(value)}类型不对，应为${typeName(issue.expected)}。`
    case 'too_small':
      if (issue.origin === 'array') return `${field}至少要有 ${String(issue.minimum)} 项。`
      if (issue.origin === 'string') return `${field}不能少于 ${String(issue.minimum)} 个字。`
      return `${field}${shown(value)}不能小于 ${String(issue.minimum)}。`
    case 'too_big':
      if (issue.origin === 'array') return `${field}最多 ${String(issue.maximum)} 项。`
      if (issue.origin === 'string') return `${field}太长，最多 ${String(issue.maximum)} 个字。`
      return `${field}${shown(value)}不能大于 ${String(issue.maximum)}。`
    case 'invalid_value':
      return `${field}${shown(value)}不在可选范围内（可选：${allowedList(issue.values)}）。`
    case 'invalid_format':
      return label.endsWith('编号') ? keyFormatMessage(label, value) : `${field}${shown(value)}格式不对。`
    case 'unrecognized_keys':
      return `${field ? `${field}中` : ''}有无法识别的字段：${issue.keys.join('、')}，请删除。`
    case 'custom':
      return issue.message
    default:
      return `${field}${shown(value)}填写有误。`
  }
}

/** Describes every issue of a failed parse in file order, each with the key of its entry. */
export function describeLibraryIssues(error: z.ZodError, root: unknown): CustomLibraryProblem[] {
  return error.issues.map((issue) => {
    const location = locate(root, issue.path)
    const value = valueAt(root, issue.path)
    const sentence = describeIssue(issue, location.fieldLabel, value)
    return { key: location.key, message: `${location.place}：${sentence}` }
  })
}
