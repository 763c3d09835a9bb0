import { z } from 'zod'
import { checkFrequencies, checkMethods, inspectionTypes } from '../../shared/domain/checks'
import { hazardFactorTypes, policyKinds, riskPointKinds } from '../../shared/domain/entities'
import { accidentTypes } from '../../shared/domain/accident-types'
import { controlLevels } from '../../shared/domain/levels'
import { measureCategories } from '../../shared/domain/measures'
import { majorHazardAreas } from '../../shared/domain/library'
import { responsibilityKinds } from '../../shared/domain/posts'
import { facilityKeys, schoolCategories } from '../../shared/domain/school'

/** Schemas of the built-in data files, checked by tests so a bad edit never reaches a school. */

const text = (min: number, max: number) => z.string().min(min).max(max)
const visibleAccidentCodes = accidentTypes.filter((type) => !type.hidden).map((type) => type.code)

export const libraryCheckSchema = z.strictObject({
  content: text(4, 120),
  standard: text(4, 300),
  method: z.enum(checkMethods),
  inspectionType: z.enum(inspectionTypes),
  frequency: z.enum(checkFrequencies),
  postCode: z.string().describe('排查责任岗位的内置岗位编码（见 resources/posts/post-codes.md）')
})

export const libraryRiskSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+\.\d+$/).describe('风险编号：风险点编号加“.序号”，发布后不再改变'),
  hazard: text(6, 120),
  factorType: z.enum(hazardFactorTypes),
  consequence: text(2, 200),
  accidentTypes: z.array(z.enum(visibleAccidentCodes as [string, ...string[]])).min(1).max(4),
  lec: z.strictObject({ l: z.number(), e: z.number(), c: z.number() }).describe('LEC 法的典型取值（未采取额外措施时），学校须按本校情况复核'),
  ls: z.strictObject({ l: z.number().int().min(1).max(5), s: z.number().int().min(1).max(5) }).describe('风险矩阵法（LS）的典型取值，与 LEC 法得出同一等级'),
  controlLevel: z.enum(controlLevels).optional(),
  ownerPostCode: z.string().describe('风险责任岗位的内置岗位编码'),
  measures: z
    .array(z.strictObject({ category: z.enum(measureCategories), content: text(6, 200), check: libraryCheckSchema.optional() }))
    .min(1)
})

export const riskLibrarySchema = z.strictObject({
  version: z.string(),
  riskPoints: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z0-9-]+$/).describe('风险点编号，发布后不再改变，学校文件按它识别已添加的条目'),
      name: text(2, 60),
      kind: z.enum(riskPointKinds),
      area: text(1, 60),
      description: text(4, 400),
      appliesTo: z
        .strictObject({ categories: z.array(z.enum(schoolCategories)), facilities: z.array(z.enum(facilityKeys)) })
        .describe('适用范围：categories 为空表示适用于全部学校类别；facilities 为空表示不需要特定设施，否则学校至少要有其中一项'),
      areas: z.array(z.enum(majorHazardAreas)).min(1).optional().describe('所属的重大事故隐患判定领域'),
      ownerPostCode: z.string(),
      risks: z.array(libraryRiskSchema).min(1)
    })
  )
})

export const builtinPostsSchema = z.array(
  z.strictObject({
    code: z.string().regex(/^[a-z0-9-]+$/),
    name: text(2, 40),
    department: text(1, 40),
    audience: z.enum(['school', 'kindergarten', 'both']),
    common: z.boolean(),
    responsibilities: z.array(z.strictObject({ kind: z.enum(responsibilityKinds), content: text(4, 1000) })).min(1)
  })
)

export const defaultPoliciesSchema = z.array(z.strictObject({ kind: z.enum(policyKinds), title: text(2, 60), body: text(200, 30000) }))

/** Title of docs/risk-library.schema.json. */
const riskLibrarySchemaTitle = '学校双重预防体系内置风险库'

/**
 * The JSON Schema of resources/library/risk-library.json, generated from `riskLibrarySchema` and written to
 * docs/risk-library.schema.json by `npm run cli -- library-schema`.
 */
export function riskLibraryJsonSchema(): Record<string, unknown> {
  return { title: riskLibrarySchemaTitle, ...z.toJSONSchema(riskLibrarySchema, { target: 'draft-2020-12' }) }
}
