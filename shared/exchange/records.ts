import { z } from 'zod'
import { incentiveKinds, incentiveTargetKinds } from '../domain/incentives'
import { attachmentKinds, attachmentMimes, trainingKinds } from '../domain/training'

/**
 * The training and incentive records in the exchange format. Attachments carry metadata only; their bytes
 * are the package entries named by `entry` (attachments/<sha256>.<ext>), listed in the manifest.
 */

const idSchema = z.number().int().positive()
const nullableId = idSchema.nullable()
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const attachmentEntryPattern = /^attachments\/[0-9a-f]{64}\.(jpg|pdf|docx|xlsx)$/

const trainingAttachmentSchema = z.object({
  id: idSchema,
  trainingId: idSchema,
  name: z.string(),
  kind: z.enum(attachmentKinds),
  mime: z.enum(attachmentMimes),
  /** Stored size in bytes. */
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The package entry that contains the file. */
  entry: z.string().regex(attachmentEntryPattern)
})

export const exchangeTrainingSchema = z.object({
  id: idSchema,
  heldOn: dateSchema,
  topic: z.string(),
  kind: z.enum(trainingKinds),
  trainer: z.string(),
  location: z.string(),
  audience: z.string(),
  /** 学时, hours in half-hour steps. */
  hours: z.number().positive().max(40),
  headcount: z.number().int().positive().nullable(),
  content: z.string(),
  assessment: z.string(),
  attendeeIds: z.array(idSchema),
  attachments: z.array(trainingAttachmentSchema)
})

export const exchangeIncentiveSchema = z.object({
  id: idSchema,
  kind: z.enum(incentiveKinds),
  targetKind: z.enum(incentiveTargetKinds),
  staffId: nullableId,
  targetName: z.string(),
  decidedOn: dateSchema,
  reason: z.string(),
  basis: z.string(),
  measure: z.string(),
  approver: z.string(),
  hazardId: nullableId,
  hazardCode: z.string().nullable()
})

export type ExchangeTraining = z.infer<typeof exchangeTrainingSchema>
export type ExchangeIncentive = z.infer<typeof exchangeIncentiveSchema>
