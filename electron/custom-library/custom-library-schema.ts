import { z } from 'zod'
import { accidentTypeCodes } from '../../shared/domain/accident-types'
import { checkFrequencies, checkMethods, inspectionTypes } from '../../shared/domain/checks'
import { customLibraryFormat, customLibraryFormatVersion } from '../../shared/domain/custom-library'
import { hazardFactorTypes, riskPointKinds } from '../../shared/domain/entities'
import { controlLevels } from '../../shared/domain/levels'
import { majorHazardAreas } from '../../shared/domain/library'
import { measureCategories } from '../../shared/domain/measures'
import { facilityKeys, schoolCategories } from '../../shared/domain/school'
import { describeError } from '../../shared/errors'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { checkText, type TextOptions } from '../../shared/schemas/fields'
import { findBuiltinPost } from '../resources/builtin'

/**
 * Schema of the custom library file. It has the fields of the built-in library schema (a test keeps the
 * two field lists equal), with the limits of the school's own input forms instead of the built-in data's
 * stricter ones, because custom entries are copied from what a school typed: a description may be empty,
 * a risk may have no measures yet, and a post may be one the school named itself.
 */

export const customPointKeyPattern = /^custom:[a-z0-9][a-z0-9-]{0,59}$/
export const customRiskKeyPattern = /^custom:[a-z0-9][a-z0-9-]{0,59}\.\d{1,3}$/

/** Built-in post codes are lower-case ASCII; anything else is the name of a post a school added. */
const postCodePattern = /^[a-z0-9-]+$/

/** A text field checked with the same rules (and Chinese sentences) as the window's input forms. */
function checkedText(label: string, options: TextOptions) {
  return z.string().superRefine((value, ctx) => {
    const problem = checkText(value, label, options)
    if (problem) ctx.addIssue({ code: 'custom', message: describeError(problem) })
  })
}

/** A post: a built-in post code, the name of a post a school added, or '' for none. */
function postReference(label: string) {
  return z.string().superRefine((value, ctx) => {
    if (value === '') return
    if (postCodePattern.test(value)) {
      if (!findBuiltinPost(value)) ctx.addIssue({ code: 'custom', message: `「${label}」“${value}”不是内置岗位编码，请改为内置岗位编码或岗位名称。` })
      return
    }
    const problem = checkText(value, label, { max: 40, plainName: true })
    if (problem) ctx.addIssue({ code: 'custom', message: describeError(problem) })
  })
}

/** A factor value that must be one of the values of a default scale. */
function onScale(label: string, values: readonly number[]) {
  return z.number().superRefine((value, ctx) => {
    if (!values.includes(value)) {
      ctx.addIssue({ code: 'custom', message: `「${label}」的取值“${value}”不在评价标准的分值表中，可选：${values.join('、')}。` })
    }
  })
}

const lecScale = defaultValueTables.lec
const lsScale = defaultValueTables.ls

export const customCheckSchema = z.strictObject({
  content: checkedText('排查内容', { required: true, max: 500, multiline: true }),
  standard: checkedText('排查标准', { max: 500, multiline: true }),
  method: z.enum(checkMethods),
  inspectionType: z.enum(inspectionTypes),
  frequency: z.enum(checkFrequencies),
  postCode: postReference('排查责任岗位')
})

export const customMeasureSchema = z.strictObject({
  category: z.enum(measureCategories),
  content: checkedText('措施内容', { required: true, max: 1000, multiline: true }),
  check: customCheckSchema.optional()
})

export const customRiskSchema = z.strictObject({
  key: z.string().regex(customRiskKeyPattern),
  hazard: checkedText('危险有害因素', { required: true, max: 500, multiline: true }),
  factorType: z.enum(hazardFactorTypes),
  consequence: checkedText('可能导致的后果', { max: 500, multiline: true }),
  accidentTypes: z.array(z.enum(accidentTypeCodes as [string, ...string[]])).min(1).max(8),
  lec: z.strictObject({
    l: onScale('LEC 的 L', lecScale.l.map((entry) => entry.value)),
    e: onScale('LEC 的 E', lecScale.e.map((entry) => entry.value)),
    c: onScale('LEC 的 C', lecScale.c.map((entry) => entry.value))
  }),
  ls: z.strictObject({
    l: onScale('LS 的 L', lsScale.l.map((entry) => entry.value)),
    s: onScale('LS 的 S', lsScale.s.map((entry) => entry.value))
  }),
  controlLevel: z.enum(controlLevels).optional(),
  ownerPostCode: postReference('责任岗位'),
  measures: z.array(customMeasureSchema).max(50)
})

export const customPointSchema = z.strictObject({
  key: z.string().regex(customPointKeyPattern),
  name: checkedText('风险点名称', { required: true, max: 60, plainName: true }),
  kind: z.enum(riskPointKinds),
  area: checkedText('所在区域', { max: 60 }),
  description: checkedText('风险点描述', { max: 1000, multiline: true }),
  appliesTo: z.strictObject({ categories: z.array(z.enum(schoolCategories)), facilities: z.array(z.enum(facilityKeys)) }),
  areas: z.array(z.enum(majorHazardAreas)).min(1).optional(),
  ownerPostCode: postReference('责任岗位'),
  risks: z.array(customRiskSchema).min(1).max(50)
})

/** Most entries a custom library may hold; far above what a consultant writes, small enough to load at once. */
export const maxCustomPoints = 2000

export const customLibrarySchema = z
  .strictObject({
    format: z.literal(customLibraryFormat),
    formatVersion: z.literal(customLibraryFormatVersion),
    name: checkedText('风险库名称', { required: true, max: 60, plainName: true }),
    author: checkedText('作者', { max: 50, plainName: true }),
    updated: z.string().max(40),
    version: z.string().max(40),
    riskPoints: z.array(customPointSchema).max(maxCustomPoints)
  })
  .superRefine((library, ctx) => {
    const pointKeys = new Set<string>()
    library.riskPoints.forEach((point, pointIndex) => {
      if (pointKeys.has(point.key)) {
        ctx.addIssue({ code: 'custom', path: ['riskPoints', pointIndex, 'key'], message: `风险点编号“${point.key}”在文件中重复出现，每个条目的编号必须不同。` })
      }
      pointKeys.add(point.key)

      const riskKeys = new Set<string>()
      point.risks.forEach((risk, riskIndex) => {
        if (!risk.key.startsWith(`${point.key}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['riskPoints', pointIndex, 'risks', riskIndex, 'key'],
            message: `风险编号“${risk.key}”应以所属风险点的编号“${point.key}.”开头。`
          })
        }
        if (riskKeys.has(risk.key)) {
          ctx.addIssue({ code: 'custom', path: ['riskPoints', pointIndex, 'risks', riskIndex, 'key'], message: `风险编号“${risk.key}”在本条目中重复出现。` })
        }
        riskKeys.add(risk.key)
      })
    })
  })

export type CustomLibraryFile = z.output<typeof customLibrarySchema>
