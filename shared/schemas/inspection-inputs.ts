import { z } from 'zod'
import { calendarKindLabels, calendarKinds } from '../domain/calendar'
import { checkFrequencies, checkFrequencyLabels, inspectionTypeLabels, inspectionTypes } from '../domain/checks'
import { inspectionResults, planScopeLabels, planScopes, type InspectionResultValue } from '../domain/inspections'
import type { AppErrorData } from '../errors'
import { bool, checkText, choice, date, id, idList, name, normaliseText, optionalChoice, optionalId, text } from './fields'

/** Input schemas of the calendar, inspection plan and inspection record channels. Dates are YYYY-MM-DD. */

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

/** A date that must be given; typed as a string. */
function day(label: string) {
  return date(label, true).transform((value) => value ?? '')
}

/** An id picked from a list that must be given: missing reads as 请选择…, anything else but a positive integer as invalid. */
function requiredId(label: string) {
  return z.unknown().optional().transform((raw, ctx): number => {
    if (raw === undefined || raw === null || raw === '' || raw === 0) return rejectWith(ctx, { code: 'required-choice', field: label })
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) {
      return rejectWith(ctx, { code: 'invalid-input', field: label, value: String(raw), detail: '编号无效' })
    }
    return raw
  })
}

export const calendarPeriodFields = {
  kind: choice('时段类型', calendarKinds, calendarKindLabels),
  name: name('时段名称', true, 30),
  startsOn: day('开始日期'),
  endsOn: day('结束日期')
}

export const calendarPeriodInput = z.object({ id: optionalId('校历时段'), ...calendarPeriodFields })
export type CalendarPeriodInput = z.output<typeof calendarPeriodInput>

/** Most periods added at once: a proposed school year has ten. */
const maxPeriodsAdded = 60

export const calendarAddInput = z.object({
  periods: z.array(z.object(calendarPeriodFields)).max(maxPeriodsAdded)
})
export type CalendarAddInput = z.output<typeof calendarAddInput>

export const inspectionPlanInput = z.object({
  id: optionalId('排查计划'),
  name: name('计划名称', true, 50),
  inspectionType: choice('排查类型', inspectionTypes, inspectionTypeLabels),
  frequency: choice('排查频次', checkFrequencies, checkFrequencyLabels),
  beforeKind: optionalChoice('在何时之前', calendarKinds),
  responsiblePostId: optionalId('责任岗位'),
  responsibleStaffId: optionalId('责任人'),
  scope: choice('排查范围', planScopes, planScopeLabels),
  riskPointIds: idList('风险点'),
  checkItemIds: idList('排查项', 5000),
  active: bool(),
  startsOn: date('开始日期'),
  endsOn: date('结束日期'),
  note: text('备注', { max: 500, multiline: true })
})
export type InspectionPlanInput = z.output<typeof inspectionPlanInput>

const proposalKeyPattern = /^[A-Za-z0-9:-]{1,60}$/

/** The keys of the proposed plans the user ticked. */
export const planProposalAcceptInput = z.object({
  keys: z.unknown().transform((raw, ctx): string[] => {
    if (!Array.isArray(raw) || raw.length > 200 || !raw.every((key) => typeof key === 'string' && proposalKeyPattern.test(key))) {
      return rejectWith(ctx, { code: 'invalid-input', field: '建议计划', detail: '选择的计划无效，请重新打开建议计划' })
    }
    if (raw.length === 0) return rejectWith(ctx, { code: 'required', field: '建议计划' })
    return [...new Set(raw as string[])]
  })
})

export const planIdInput = z.object({ planId: id('排查计划') })

export const planPrintInput = z.object({
  planId: id('排查计划'),
  token: z.string().min(1).max(100),
  /** Starts each risk point on a page of its own, for handing the pages to the people of each area. */
  byPoint: bool()
})

/** A result that differs from 合格 or carries a note; the items not listed are recorded as 合格. */
export interface ResultMark {
  itemNo: number
  result: InspectionResultValue
  note: string
}

/** Largest item number accepted; a checklist has a few hundred items at most. */
const maxItemNo = 100_000

/** Checks one mark; returns it cleaned, or the error naming the item. */
function checkMark(raw: unknown): ResultMark | AppErrorData {
  if (typeof raw !== 'object' || raw === null) return { code: 'invalid-input', field: '检查结果' }
  const { itemNo, result, note } = raw as Record<string, unknown>
  if (typeof itemNo !== 'number' || !Number.isSafeInteger(itemNo) || itemNo < 1 || itemNo > maxItemNo) {
    return { code: 'invalid-input', field: '检查结果', value: String(itemNo), detail: '序号无效' }
  }
  const label = `第 ${itemNo} 项`
  if (typeof result !== 'string' || !(inspectionResults as readonly string[]).includes(result)) {
    return { code: 'invalid-choice', field: `${label}的结论`, value: String(result), allowed: ['合格', '不合格', '不适用'] }
  }
  const noteText = normaliseText(typeof note === 'string' ? note : '', true)
  const problem = checkText(noteText, `${label}的问题描述`, { max: 500, multiline: true })
  if (problem) return problem
  return { itemNo, result: result as InspectionResultValue, note: noteText }
}

export const inspectionRecordInput = z.object({
  planId: requiredId('排查计划'),
  inspectedOn: day('检查日期'),
  inspectorStaffId: requiredId('检查人'),
  /** The checklist version the numbers were read against; '' skips the comparison. */
  version: text('检查表版本', { max: 10 }),
  marks: z.unknown().optional().transform((raw, ctx): ResultMark[] => {
    const list = raw === undefined || raw === null ? [] : raw
    if (!Array.isArray(list) || list.length > 5000) return rejectWith(ctx, { code: 'invalid-input', field: '检查结果' })
    const marks: ResultMark[] = []
    for (const item of list) {
      const parsed = checkMark(item)
      if ('code' in parsed) return rejectWith(ctx, parsed)
      if (marks.some((other) => other.itemNo === parsed.itemNo)) {
        return rejectWith(ctx, { code: 'invalid-input', field: '检查结果', value: String(parsed.itemNo), detail: '同一项填写了两次' })
      }
      marks.push(parsed)
    }
    return marks
  }),
  note: text('参加人员及说明', { max: 1000, multiline: true })
})
export type InspectionRecordInput = z.output<typeof inspectionRecordInput>

export const inspectionListInput = z.object({
  planId: optionalId('排查计划'),
  inspectionType: optionalChoice('排查类型', inspectionTypes),
  from: date('检查日期（起）'),
  to: date('检查日期（止）'),
  notOkOnly: bool()
})
export type InspectionListInput = z.output<typeof inspectionListInput>
