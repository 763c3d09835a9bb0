import { z } from 'zod'
import { checkFrequencies, checkMethods, inspectionTypes } from '../domain/checks'
import { hazardFactorTypes, policyKinds, riskPointKinds } from '../domain/entities'
import { controlLevels, riskLevels } from '../domain/levels'
import { measureCategories } from '../domain/measures'
import { leadingGroupRoles, responsibilityKinds } from '../domain/posts'
import { facilityKeys, jiaozuoCounties, schoolCategories, schoolNatures, schoolScopes } from '../domain/school'
import { boardSizes, cardSizes, defaultNoticeSettings } from '../domain/notices'
import { gradingMethods } from '../grading/grade'
import { mapImageTypes, mapShapes } from '../domain/risk-map'
import { analysisMethods } from '../domain/analysis'
import { exchangeHazardSchema, majorHazardCriteriaSchema } from './hazards'
import { exchangeIncentiveSchema, exchangeTrainingSchema } from './records'
import { exchangeCalendarPeriodSchema, exchangeInspectionPlanSchema, exchangeInspectionSchema } from './inspections'

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
  /** The JHA step or SCL item that found the risk. Optional, because files written before the records existed lack it; read as null. */
  analysisEntryId: nullableId.optional(),
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

/** A JHA step (作业活动) or SCL item (设施场所) of a risk point's identification record. */
const analysisEntrySchema = z.object({
  id: idSchema,
  riskPointId: idSchema,
  method: z.enum(analysisMethods),
  /** 序号 within the point and method, from 1. */
  seq: z.number().int().positive(),
  /** JHA: 工作步骤; SCL: 检查项目. */
  item: z.string(),
  /** SCL: 检查标准; empty for JHA. */
  standard: z.string(),
  /** JHA: 危险源或潜在事件; SCL: 不符合标准的情况及后果. */
  deviation: z.string(),
  existingControls: z.string()
})

/**
 * The school's own settings that decide which documents are printed and how: the small-school mode and the
 * notice settings. Optional, because files written before these settings existed do not carry them; readers
 * take `schoolSettingsOf`.
 */
export const schoolSettingsSchema = z.object({
  smallSchoolMode: z.boolean(),
  notices: z.object({
    cardSize: z.enum(cardSizes),
    cardQrCode: z.boolean(),
    boardSize: z.enum(boardSizes),
    dutyPhone: z.string(),
    bureauPhone: z.string()
  })
})
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>

/** 重大风险管控方案 of one risk; a risk no longer 重大 keeps its plan. */
const majorRiskPlanSchema = z.object({
  riskId: idSchema,
  objective: z.string(),
  measures: z.string(),
  funds: z.string(),
  responsibleStaffId: nullableId,
  deadline: dateSchema.nullable(),
  monitoring: z.string(),
  emergency: z.string(),
  reportedOn: dateSchema.nullable(),
  reportTo: z.string(),
  updatedAt: z.string()
})

/** One risk as a termly review recorded it. */
export const reviewSnapshotEntrySchema = z.object({
  riskId: idSchema,
  pointCode: z.string(),
  pointName: z.string(),
  hazard: z.string(),
  level: z.enum(riskLevels),
  score: z.number().nullable(),
  method: z.enum(gradingMethods)
})

const riskReviewSchema = z.object({
  id: idSchema,
  term: z.string(),
  reviewedOn: dateSchema,
  reviewer: z.string(),
  summary: z.string(),
  createdAt: z.string(),
  snapshot: z.array(reviewSnapshotEntrySchema)
})

/**
 * The four-colour risk map. The plan image travels as its own entry in the export package (named by
 * `entry`, checked by `sha256`), so school.json stays small; `base64` carries the bytes only in the
 * in-memory snapshot the documents are built from and is left out of the package's school.json.
 */
const riskMapBackgroundSchema = z.object({
  type: z.enum(mapImageTypes),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The package entry holding the image: data/risk-map-background.png or .jpg. */
  entry: z.string(),
  base64: z.string().optional()
})

const mapPointSchema = z.tuple([z.number(), z.number()])

export const riskMapDataSchema = z.object({
  title: z.string(),
  /** Drawing size in map units; area points use the same units, x rightwards and y downwards from the top left. */
  width: z.number().positive(),
  height: z.number().positive(),
  /** Degrees clockwise from the top of the drawing to north. */
  northAngle: z.number(),
  drawnOn: dateSchema.nullable(),
  background: riskMapBackgroundSchema.nullable(),
  areas: z.array(
    z.object({
      id: idSchema,
      shape: z.enum(mapShapes),
      /** Two opposite corners of a rectangle, or a polygon's vertices. */
      points: z.array(mapPointSchema),
      label: z.string(),
      sortOrder: z.number().int(),
      riskPointIds: z.array(idSchema)
    })
  )
})
export type RiskMapData = z.infer<typeof riskMapDataSchema>

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
  checkItems: z.array(checkItemSchema),
  /** JHA steps and SCL items, by point, method and 序号. Optional, because files written before the records existed lack them; read as empty. */
  analysisEntries: z.array(analysisEntrySchema).optional(),
  settings: schoolSettingsSchema.optional(),
  /** Optional, because files written before major-risk plans existed do not carry them; read as empty. */
  majorRiskPlans: z.array(majorRiskPlanSchema).optional(),
  /** The termly risk reviews, oldest first. Optional for the same reason; read as empty. */
  riskReviews: z.array(riskReviewSchema).optional(),
  /** The four-colour risk map; absent when the school has not started one. */
  riskMap: riskMapDataSchema.optional(),
  /** The hazard ledger with history and photo metadata, oldest first; photo bytes are package entries photos/<sha256>.jpg. Optional for older files; read as empty. */
  hazards: z.array(exchangeHazardSchema).optional(),
  /** The major-hazard criteria the school grades with. Optional for older files; read as the built-in list. */
  majorHazardCriteria: majorHazardCriteriaSchema.optional(),
  /** 安全教育培训 records, newest first, with attendees and attachment metadata. Optional for older files; read as empty. */
  trainings: z.array(exchangeTrainingSchema).optional(),
  /** 考核奖惩 records, newest first. Optional for older files; read as empty. */
  incentives: z.array(exchangeIncentiveSchema).optional(),
  /** 校历: terms, holidays and seasons by start date. Optional for older files; read as empty. */
  calendar: z.array(exchangeCalendarPeriodSchema).optional(),
  /** 排查计划, in the order the school created them. Optional for older files; read as empty. */
  inspectionPlans: z.array(exchangeInspectionPlanSchema).optional(),
  /** 排查记录 with the result of every item checked, newest first. Optional for older files; read as empty. */
  inspections: z.array(exchangeInspectionSchema).optional()
})

export type SchoolData = z.infer<typeof schoolDataSchema>

/** The settings of a snapshot, with the defaults (normal mode, A4 cards with QR codes) where it carries none. */
export function schoolSettingsOf(data: Pick<SchoolData, 'settings'>): SchoolSettings {
  return data.settings ?? { smallSchoolMode: false, notices: defaultNoticeSettings }
}
