import { z } from 'zod'
import { checkFrequencies, checkMethods, inspectionTypes } from '../domain/checks'
import { hazardFactorTypes, policyKinds, riskPointKinds } from '../domain/entities'
import { controlLevels, riskLevels } from '../domain/levels'
import { measureCategories } from '../domain/measures'
import { leadingGroupRoles, responsibilityKinds } from '../domain/posts'
import { facilityKeys, jiaozuoCounties, schoolCategories, schoolNatures, schoolScopes } from '../domain/school'
import { gradingMethods } from '../grading/grade'

/**
 * The exchange format: the whole school as one JSON document (data/school.json in the export package).
 * This zod schema is the single definition; docs/exchange-format.schema.json is generated from it.
 */
export const exchangeFormatName = 'school-dual-prevention-exchange'
export const exchangeFormatVersion = 1

const idSchema = z.number().int().positive()
const nullableId = idSchema.nullable()
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const scaleValue = z.object({ value: z.number(), meaning: z.string() })
const threshold = z.object({ level: z.enum(['major', 'high', 'medium']), min: z.number(), inclusive: z.boolean() })

export const valueTablesSchema = z.object({
  version: z.string(),
  name: z.string(),
  lec: z.object({ l: z.array(scaleValue), e: z.array(scaleValue), c: z.array(scaleValue), thresholds: z.array(threshold) }),
  ls: z.object({ l: z.array(scaleValue), s: z.array(scaleValue), thresholds: z.array(threshold) })
})

export const schoolSchema = z.object({
  name: z.string(),
  county: z.union([z.enum(jiaozuoCounties), z.literal('')]),
  scope: z.union([z.enum(schoolScopes), z.literal('')]),
  nature: z.union([z.enum(schoolNatures), z.literal('')]),
  category: z.union([z.enum(schoolCategories), z.literal('')]),
  address: z.string(),
  principal: z.string(),
  principalPhone: z.string(),
  deputy: z.string(),
  deputyPhone: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  pupilCount: z.number().int().nullable(),
  staffCount: z.number().int().nullable(),
  classCount: z.number().int().nullable(),
  facilities: z.array(z.enum(facilityKeys)),
  surroundings: z.string(),
  note: z.string(),
  updatedAt: z.string().nullable()
})

const staffSchema = z.object({
  id: idSchema,
  name: z.string(),
  phone: z.string(),
  department: z.string(),
  note: z.string(),
  postIds: z.array(idSchema)
})

const postSchema = z.object({
  id: idSchema,
  code: z.string().nullable(),
  name: z.string(),
  department: z.string(),
  sortOrder: z.number().int(),
  responsibilities: z.array(z.object({ id: idSchema, kind: z.enum(responsibilityKinds), content: z.string() })),
  staffIds: z.array(idSchema)
})

const leadingGroupSchema = z.object({
  members: z.array(
    z.object({
      id: idSchema,
      staffId: idSchema,
      role: z.enum(leadingGroupRoles),
      title: z.string(),
      duty: z.string(),
      sortOrder: z.number().int()
    })
  ),
  office: z.object({
    name: z.string(),
    location: z.string(),
    directorStaffId: nullableId,
    contactStaffId: nullableId,
    phone: z.string(),
    duties: z.string(),
    documentNumber: z.string(),
    issuedOn: dateSchema.nullable()
  })
})

const policySchema = z.object({
  id: idSchema,
  kind: z.enum(policyKinds),
  title: z.string(),
  body: z.string(),
  sortOrder: z.number().int()
})

const measureSchema = z.object({
  id: idSchema,
  riskId: idSchema,
  category: z.enum(measureCategories),
  content: z.string(),
  controlLevel: z.enum(controlLevels),
  ownerPostId: nullableId,
  ownerStaffId: nullableId,
  sortOrder: z.number().int()
})

const riskSchema = z.object({
  id: idSchema,
  riskPointId: idSchema,
  libraryKey: z.string().nullable(),
  hazard: z.string(),
  factorType: z.enum(hazardFactorTypes),
  consequence: z.string(),
  accidentTypes: z.array(z.string()),
  method: z.enum(gradingMethods),
  lecL: z.number().nullable(),
  lecE: z.number().nullable(),
  lecC: z.number().nullable(),
  lsL: z.number().nullable(),
  lsS: z.number().nullable(),
  directLevel: z.enum(riskLevels).nullable(),
  score: z.number().nullable(),
  level: z.enum(riskLevels),
  controlLevel: z.enum(controlLevels),
  ownerPostId: nullableId,
  ownerStaffId: nullableId,
  sortOrder: z.number().int(),
  measures: z.array(measureSchema)
})

const riskPointSchema = z.object({
  id: idSchema,
  code: z.string(),
  libraryKey: z.string().nullable(),
  name: z.string(),
  kind: z.enum(riskPointKinds),
  area: z.string(),
  ownerPostId: nullableId,
  ownerStaffId: nullableId,
  description: z.string(),
  sortOrder: z.number().int(),
  risks: z.array(riskSchema)
})

const checkItemSchema = z.object({
  id: idSchema,
  riskPointId: idSchema,
  measureId: nullableId,
  content: z.string(),
  standard: z.string(),
  method: z.enum(checkMethods),
  inspectionType: z.enum(inspectionTypes),
  frequency: z.enum(checkFrequencies),
  responsiblePostId: nullableId,
  edited: z.boolean(),
  sortOrder: z.number().int()
})

export const schoolDataSchema = z.object({
  format: z.literal(exchangeFormatName),
  formatVersion: z.literal(exchangeFormatVersion),
  /** Stable identity of the school file, kept across save-as, so the bureau can recognise re-uploads. */
  schoolFileId: z.string().uuid(),
  exportedAt: z.string(),
  appVersion: z.string(),
  school: schoolSchema,
  staff: z.array(staffSchema),
  posts: z.array(postSchema),
  leadingGroup: leadingGroupSchema,
  policies: z.array(policySchema),
  valueTables: valueTablesSchema,
  riskPoints: z.array(riskPointSchema),
  checkItems: z.array(checkItemSchema)
})

export type SchoolData = z.infer<typeof schoolDataSchema>
