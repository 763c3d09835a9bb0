import { z } from 'zod'
import { checkFrequencies, checkMethods, inspectionTypes } from '../../shared/domain/checks'
import { hazardFactorTypes, policyKinds, riskPointKinds } from '../../shared/domain/entities'
import { accidentTypes } from '../../shared/domain/accident-types'
import { controlLevels } from '../../shared/domain/levels'
import { measureCategories } from '../../shared/domain/measures'
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
  postCode: z.string()
})

export const libraryRiskSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+\.\d+$/),
  hazard: text(6, 120),
  factorType: z.enum(hazardFactorTypes),
  consequence: text(2, 200),
  accidentTypes: z.array(z.enum(visibleAccidentCodes as [string, ...string[]])).min(1).max(4),
  lec: z.strictObject({ l: z.number(), e: z.number(), c: z.number() }),
  ls: z.strictObject({ l: z.number().int().min(1).max(5), s: z.number().int().min(1).max(5) }),
  controlLevel: z.enum(controlLevels).optional(),
  ownerPostCode: z.string(),
  measures: z
    .array(z.strictObject({ category: z.enum(measureCategories), content: text(6, 200), check: libraryCheckSchema.optional() }))
    .min(1)
})

export const riskLibrarySchema = z.strictObject({
  version: z.string(),
  riskPoints: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z0-9-]+$/),
      name: text(2, 60),
      kind: z.enum(riskPointKinds),
      area: text(1, 60),
      description: text(4, 400),
      appliesTo: z.strictObject({ categories: z.array(z.enum(schoolCategories)), facilities: z.array(z.enum(facilityKeys)) }),
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
