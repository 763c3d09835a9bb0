import { z } from 'zod'
import type { AppErrorData } from '../errors'
import {
  hazardCategories,
  hazardCategoryLabels,
  hazardGradeShortLabels,
  hazardGrades,
  hazardSourceLabels,
  hazardSources,
  hazardStates,
  hazardStateLabels,
  maxPhotosPerStage,
  photoStageLabels,
  photoStages,
  type PersonRef
} from '../domain/hazards'
import { majorHazardAreaLabels, majorHazardAreas, type MajorHazardCriterion } from '../domain/major-hazard-criteria'
import { bool, checkText, choice, date, id, integer, normaliseText, optionalChoice, optionalId, text } from './fields'

/** Input schemas of the hazard channels, with the Chinese field labels used in messages. Dates are YYYY-MM-DD. */

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Maximum length of a name typed in rather than picked from the roster, in characters. */
const maxPersonName = 30

/**
 * Checks a person on a record: `{ staffId }` for someone on the roster, or `{ name }` for anyone else (a
 * pupil's parent, a bureau inspector). The Node side replaces the name of a roster person with the roster's.
 */
export function person(label: string, required: boolean) {
  return z.unknown().optional().transform((raw, ctx): PersonRef => {
    const empty: PersonRef = { staffId: null, name: '' }
    if (raw === undefined || raw === null || raw === '') {
      if (required) return rejectWith(ctx, { code: 'required', field: label })
      return empty
    }
    if (!isPlainObject(raw)) return rejectWith(ctx, { code: 'invalid-input', field: label, detail: '应从名册中选择或填写姓名' })

    const staffId = raw.staffId === undefined || raw.staffId === null || raw.staffId === 0 ? null : raw.staffId
    if (staffId !== null && (typeof staffId !== 'number' || !Number.isSafeInteger(staffId) || staffId <= 0)) {
      return rejectWith(ctx, { code: 'invalid-input', field: label, value: String(staffId), detail: '编号无效' })
    }
    if (raw.name !== undefined && raw.name !== null && typeof raw.name !== 'string') {
      return rejectWith(ctx, { code: 'invalid-input', field: label, value: String(raw.name) })
    }
    const name = normaliseText(typeof raw.name === 'string' ? raw.name : '', false)
    const problem = checkText(name, label, { max: maxPersonName, plainName: true })
    if (problem) return rejectWith(ctx, problem)

    if (staffId === null && name === '') {
      if (required) return rejectWith(ctx, { code: 'required', field: label })
      return empty
    }
    return { staffId, name }
  })
}

/** A date that must be given; typed as a string. */
function day(label: string) {
  return date(label, true).transform((value) => value ?? '')
}

/** Tokens of photos chosen in the main-process dialog, at most one stage's worth. */
export function photoTokens(label: string, required = false) {
  return z.unknown().optional().transform((raw, ctx): string[] => {
    const list = raw === undefined || raw === null ? [] : raw
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.length > 0 && item.length <= 100)) {
      return rejectWith(ctx, { code: 'photo-not-chosen', field: label })
    }
    const unique = [...new Set(list as string[])]
    if (required && unique.length === 0) return rejectWith(ctx, { code: 'photo-not-chosen', field: label })
    if (unique.length > maxPhotosPerStage) {
      return rejectWith(ctx, { code: 'out-of-range', field: label, value: `${unique.length} 张`, detail: `每次最多选择 ${maxPhotosPerStage} 张` })
    }
    return unique
  })
}

const criterionCodePattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/

/** Codes of ticked major-hazard criteria; whether each exists is checked against the school's list. */
export function criteriaCodes(label: string) {
  return z.unknown().optional().transform((raw, ctx): string[] => {
    const list = raw === undefined || raw === null ? [] : raw
    if (!Array.isArray(list) || list.length > 200) return rejectWith(ctx, { code: 'invalid-input', field: label })
    const bad = list.find((item) => typeof item !== 'string' || !criterionCodePattern.test(item))
    if (bad !== undefined) return rejectWith(ctx, { code: 'invalid-choice', field: label, value: String(bad) })
    return [...new Set(list as string[])]
  })
}

const registrationFields = {
  description: text('隐患描述', { required: true, max: 1000, multiline: true }),
  riskPointId: optionalId('风险点'),
  place: text('具体部位', { max: 100 }),
  foundOn: day('发现日期'),
  foundBy: person('发现人', true),
  source: choice('隐患来源', hazardSources, hazardSourceLabels),
  category: choice('隐患类别', hazardCategories, hazardCategoryLabels),
  grade: choice('隐患等级', hazardGrades, hazardGradeShortLabels),
  majorCriteria: criteriaCodes('重大事故隐患判定情形')
}

export const hazardRegisterInput = z.object({
  ...registrationFields,
  inspectionResultId: optionalId('排查结果'),
  photoTokens: photoTokens('整改前照片')
})
export type HazardRegisterInput = z.output<typeof hazardRegisterInput>

export const hazardUpdateInput = z.object({ id: id('隐患'), ...registrationFields })
export type HazardUpdateInput = z.output<typeof hazardUpdateInput>

/** 五落实 and the 治理方案; funds, contingency plan and plan text are checked per grade by the service. */
const planFields = {
  responsible: person('整改责任人', true),
  measures: text('整改措施', { required: true, max: 2000, multiline: true }),
  funds: text('整改资金', { max: 100 }),
  deadline: day('整改时限'),
  contingency: text('应急预案', { max: 2000, multiline: true }),
  governancePlan: text('治理方案', { max: 10000, multiline: true })
}

export const hazardPlanInput = z.object({ id: id('隐患'), ...planFields })
export type HazardPlanInput = z.output<typeof hazardPlanInput>

export const hazardReportInput = z.object({
  id: id('隐患'),
  reportedOn: day('上报日期'),
  reportTo: text('上报对象', { required: true, max: 100 }),
  reportNote: text('上报说明', { max: 1000, multiline: true })
})
export type HazardReportInput = z.output<typeof hazardReportInput>

const rectificationFields = {
  rectifiedOn: day('整改完成日期'),
  rectifier: person('整改人', true),
  rectificationNote: text('整改情况', { max: 2000, multiline: true })
}

export const hazardSubmitInput = z.object({
  id: id('隐患'),
  ...rectificationFields,
  photoTokens: photoTokens('整改后照片')
})
export type HazardSubmitInput = z.output<typeof hazardSubmitInput>

const acceptanceFields = {
  acceptedOn: day('验收日期'),
  acceptor: person('验收人', true),
  acceptanceOpinion: text('验收意见', { required: true, max: 1000, multiline: true })
}

export const hazardAcceptInput = z.object({ id: id('隐患'), ...acceptanceFields })
export type HazardAcceptInput = z.output<typeof hazardAcceptInput>

export const hazardRejectInput = z.object({
  id: id('隐患'),
  reason: text('退回原因', { required: true, max: 1000, multiline: true })
})
export type HazardRejectInput = z.output<typeof hazardRejectInput>

export const hazardCloseInput = z.object({
  id: id('隐患'),
  closedOn: day('销号日期'),
  note: text('销号说明', { max: 500, multiline: true })
})
export type HazardCloseInput = z.output<typeof hazardCloseInput>

/** 立即整改: a 一般 hazard registered, rectified and accepted in one step. */
export const hazardOnTheSpotInput = z.object({
  ...registrationFields,
  inspectionResultId: optionalId('排查结果'),
  measures: text('整改措施', { required: true, max: 2000, multiline: true }),
  ...rectificationFields,
  ...acceptanceFields,
  foundPhotoTokens: photoTokens('整改前照片'),
  rectifiedPhotoTokens: photoTokens('整改后照片')
})
export type HazardOnTheSpotInput = z.output<typeof hazardOnTheSpotInput>

export const hazardSortFields = ['foundOn', 'code', 'deadline', 'grade', 'state'] as const
export type HazardSortField = (typeof hazardSortFields)[number]

/** Largest page the list returns. */
export const maxHazardPage = 500

export const hazardListInput = z.object({
  states: z.unknown().optional().transform((raw, ctx): (typeof hazardStates)[number][] => {
    const list = raw === undefined || raw === null ? [] : raw
    if (!Array.isArray(list)) return rejectWith(ctx, { code: 'invalid-input', field: '状态' })
    const unknown = list.find((item) => !(hazardStates as readonly unknown[]).includes(item))
    if (unknown !== undefined) {
      return rejectWith(ctx, { code: 'invalid-choice', field: '状态', value: String(unknown), allowed: hazardStates.map((state) => hazardStateLabels[state]) })
    }
    return [...new Set(list as (typeof hazardStates)[number][])]
  }),
  grade: optionalChoice('隐患等级', hazardGrades),
  overdueOnly: bool(),
  riskPointId: optionalId('风险点'),
  text: text('搜索内容', { max: 100 }),
  foundFrom: date('发现日期（起）'),
  foundTo: date('发现日期（止）'),
  sortField: optionalChoice('排序字段', hazardSortFields),
  sortOrder: optionalChoice('排序方向', ['asc', 'desc'] as const),
  offset: integer('起始行', { min: 0, max: 10_000_000 }),
  limit: integer('每页行数', { min: 1, max: maxHazardPage })
})
export type HazardListInput = z.output<typeof hazardListInput>

export const hazardIdInput = z.object({ id: id('隐患') })

export const hazardAddPhotosInput = z.object({
  id: id('隐患'),
  stage: choice('照片类别', photoStages, photoStageLabels),
  photoTokens: photoTokens('照片', true)
})
export type HazardAddPhotosInput = z.output<typeof hazardAddPhotosInput>

export const hazardPhotoIdInput = z.object({ photoId: id('照片') })

const maxCriteria = 200

/** The school's edited major-hazard criteria: codes unique, every text filled in. */
export const majorHazardCriteriaInput = z.object({
  name: text('判定标准名称', { required: true, max: 100 }),
  criteria: z.unknown().transform((raw, ctx): MajorHazardCriterion[] => {
    const label = '判定情形'
    if (!Array.isArray(raw)) return rejectWith(ctx, { code: 'invalid-input', field: label })
    if (raw.length > maxCriteria) return rejectWith(ctx, { code: 'out-of-range', field: label, detail: `最多 ${maxCriteria} 条` })

    const criteria: MajorHazardCriterion[] = []
    for (const [position, item] of raw.entries()) {
      const row = `第 ${position + 1} 条判定情形`
      if (!isPlainObject(item)) return rejectWith(ctx, { code: 'invalid-input', field: row })
      const code = typeof item.code === 'string' ? item.code.trim() : ''
      if (!criterionCodePattern.test(code)) {
        return rejectWith(ctx, { code: 'invalid-input', field: `${row}的编号`, value: code, detail: '编号由字母、数字和“-”组成，最多 20 位，如 XF-13' })
      }
      if (criteria.some((criterion) => criterion.code === code)) return rejectWith(ctx, { code: 'duplicate-name', field: `${row}的编号`, value: code })
      if (typeof item.area !== 'string' || !(majorHazardAreas as readonly string[]).includes(item.area)) {
        return rejectWith(ctx, { code: 'invalid-choice', field: `${row}的领域`, value: String(item.area), allowed: majorHazardAreas.map((area) => majorHazardAreaLabels[area]) })
      }
      const textValue = normaliseText(typeof item.text === 'string' ? item.text : '', false)
      const problem = checkText(textValue, `${row}的内容`, { required: true, max: 300 })
      if (problem) return rejectWith(ctx, problem)
      criteria.push({ code, area: item.area as MajorHazardCriterion['area'], text: textValue })
    }
    return criteria
  })
})
export type MajorHazardCriteriaInput = z.output<typeof majorHazardCriteriaInput>
