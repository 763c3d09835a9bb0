import { hazardSourceLabels, type PersonRef } from '../../../shared/domain/hazards'
import type { DataHazard, HazardView } from '../../snapshot/hazard-view'
import { cleanLines, cleanText } from '../layout/text'
import { chineseDate } from '../school/dates'

/** Texts the hazard forms print, shared by the notices, the acceptance forms and the major-hazard plans. */

/** The line printed where a part of a record is still empty. */
export const pendingText = '待补充'

/** 整改通知书编号 of a hazard: its code with TZ in place of YH, e.g. YH-2026-0012 → TZ-2026-0012. */
export function noticeNumber(code: string): string {
  return code.startsWith('YH-') ? `TZ-${code.slice(3)}` : `TZ-${code}`
}

/** "2026年9月3日", or '' for no date. */
export function dateText(isoDate: string | null): string {
  return isoDate === null ? '' : chineseDate(isoDate)
}

/** "张志强（总务处）", the name alone without a department, or '' for no one. */
export function personWithDepartment(view: HazardView, person: PersonRef): string {
  const name = cleanText(person.name)
  const department = cleanText(view.department(person))
  if (name === '') return ''
  return department === '' ? name : `${name}（${department}）`
}

/** "张志强 13903910001", or the name alone. */
export function personWithPhone(view: HazardView, person: PersonRef): string {
  return [cleanText(person.name), cleanText(view.phone(person))].filter(Boolean).join('　')
}

/** Splits a multi-line value into its lines, or returns one 待补充 line when it is empty. */
export function linesOrPending(value: string): string[] {
  const lines = cleanLines(value)
  return lines.length > 0 ? lines : [pendingText]
}

/** Returns who recorded the 销号: the operator on the hazard's closing history line. */
export function closedBy(hazard: DataHazard): string {
  const closing = [...hazard.events].reverse().find((event) => event.action === 'close')
  return closing && closing.operator !== '未署名' ? cleanText(closing.operator) : ''
}

/** Describes how the hazard was found, e.g. "2026年9月3日在日常排查中发现（发现人：刘德福）". */
export function foundSentence(view: HazardView, hazard: DataHazard): string {
  const who = cleanText(hazard.foundBy.name)
  return `${dateText(hazard.foundOn)}${howFound(view.inspectionType(hazard))}${who ? `（发现人：${who}）` : ''}`
}

/** "在日常排查中发现", "经报告举报发现": the way a hazard came to light, from its inspection type or source label. */
function howFound(type: string): string {
  if (type.endsWith('发现')) return type
  if (type === hazardSourceLabels.report) return `经${type}发现`
  return `在${type}中发现`
}
