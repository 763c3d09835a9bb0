import { z } from 'zod'
import { hazardCategories, hazardEventActions, hazardGrades, hazardSources, hazardStates, photoStages } from '../domain/hazards'
import { majorHazardAreas } from '../domain/major-hazard-criteria'

/** The hazard ledger in the exchange format: hazards with their history and photo metadata (no photo bytes). */

const idSchema = z.number().int().positive()
const nullableId = idSchema.nullable()
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/)

export const majorHazardCriteriaSchema = z.object({
  version: z.string(),
  name: z.string(),
  criteria: z.array(z.object({ code: z.string(), area: z.enum(majorHazardAreas), text: z.string() }))
})

const personSchema = z.object({ staffId: nullableId, name: z.string() })

const hazardEventSchema = z.object({
  id: idSchema,
  hazardId: idSchema,
  at: z.string(),
  action: z.enum(hazardEventActions),
  fromState: z.enum(hazardStates).nullable(),
  toState: z.enum(hazardStates).nullable(),
  operator: z.string(),
  note: z.string()
})

/** A photo's metadata; its bytes are the package entry photos/<sha256>.jpg. */
const hazardPhotoSchema = z.object({
  id: idSchema,
  hazardId: idSchema,
  stage: z.enum(photoStages),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
  originalName: z.string(),
  createdAt: z.string()
})

export const exchangeHazardSchema = z.object({
  id: idSchema,
  code: z.string(),
  description: z.string(),
  riskPointId: nullableId,
  place: z.string(),
  foundOn: dateSchema,
  foundBy: personSchema,
  source: z.enum(hazardSources),
  inspectionResultId: nullableId,
  category: z.enum(hazardCategories),
  grade: z.enum(hazardGrades),
  majorCriteria: z.array(z.string()),
  state: z.enum(hazardStates),
  fixedOnTheSpot: z.boolean(),
  responsible: personSchema,
  measures: z.string(),
  funds: z.string(),
  deadline: dateSchema.nullable(),
  contingency: z.string(),
  governancePlan: z.string(),
  reportedOn: dateSchema.nullable(),
  reportTo: z.string(),
  reportNote: z.string(),
  rectifiedOn: dateSchema.nullable(),
  rectifier: personSchema,
  rectificationNote: z.string(),
  acceptedOn: dateSchema.nullable(),
  acceptor: personSchema,
  acceptanceOpinion: z.string(),
  closedOn: dateSchema.nullable(),
  closureSeq: z.number().int().positive().nullable(),
  closureHash: sha256Schema.nullable(),
  previousHash: sha256Schema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(hazardEventSchema),
  photos: z.array(hazardPhotoSchema)
})

export type ExchangeHazard = z.infer<typeof exchangeHazardSchema>

/** Returns the package entry that carries a photo's bytes. */
export function photoEntryName(sha256: string): string {
  return `photos/${sha256}.jpg`
}
