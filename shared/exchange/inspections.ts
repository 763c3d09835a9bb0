import { z } from 'zod'
import { calendarKinds } from '../domain/calendar'
import { checkFrequencies, inspectionTypes } from '../domain/checks'
import { inspectionResults, planScopes } from '../domain/inspections'

/** The school calendar, the inspection plans and the inspection records in the exchange format. */

const idSchema = z.number().int().positive()
const nullableId = idSchema.nullable()
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const exchangeCalendarPeriodSchema = z.object({
  id: idSchema,
  kind: z.enum(calendarKinds),
  name: z.string(),
  /** First and last day, both inclusive. */
  startsOn: dateSchema,
  endsOn: dateSchema
})

export const exchangeInspectionPlanSchema = z.object({
  id: idSchema,
  name: z.string(),
  inspectionType: z.enum(inspectionTypes),
  frequency: z.enum(checkFrequencies),
  /** For the before-holiday and before-season frequencies: the kind of calendar period the plan is due in the 7 days before. */
  beforeKind: z.enum(calendarKinds).nullable(),
  responsiblePostId: nullableId,
  responsibleStaffId: nullableId,
  scope: z.enum(planScopes),
  /** The risk points of a plan with scope 'points'. */
  riskPointIds: z.array(idSchema),
  /** The check items of a plan with scope 'items'. */
  checkItemIds: z.array(idSchema),
  active: z.boolean(),
  startsOn: dateSchema.nullable(),
  endsOn: dateSchema.nullable(),
  note: z.string(),
  createdAt: z.string()
})

const exchangeInspectionResultSchema = z.object({
  id: idSchema,
  /** The item's number on the plan's printed checklist. */
  itemNo: z.number().int().positive(),
  checkItemId: nullableId,
  riskPointId: nullableId,
  /** 检查内容 and 检查标准 as they were when checked. */
  content: z.string(),
  standard: z.string(),
  result: z.enum(inspectionResults),
  note: z.string()
})

export const exchangeInspectionSchema = z.object({
  id: idSchema,
  planId: nullableId,
  inspectionType: z.enum(inspectionTypes),
  inspectedOn: dateSchema,
  inspector: z.object({ staffId: nullableId, name: z.string() }),
  /** The plan's name when recorded. */
  scopeLabel: z.string(),
  note: z.string(),
  createdAt: z.string(),
  results: z.array(exchangeInspectionResultSchema)
})

export type ExchangeCalendarPeriod = z.infer<typeof exchangeCalendarPeriodSchema>
export type ExchangeInspectionPlan = z.infer<typeof exchangeInspectionPlanSchema>
export type ExchangeInspection = z.infer<typeof exchangeInspectionSchema>
