import type { Hazard, HazardCategory, HazardEvent, HazardGrade, HazardPhotoMeta, HazardState } from '../domain/hazards'
import type { MajorHazardCriteria } from '../domain/major-hazard-criteria'
import {
  hazardAcceptInput,
  hazardAddPhotosInput,
  hazardCloseInput,
  hazardIdInput,
  hazardListInput,
  hazardOnTheSpotInput,
  hazardPhotoIdInput,
  hazardPlanInput,
  hazardRegisterInput,
  hazardRejectInput,
  hazardReportInput,
  hazardSubmitInput,
  hazardUpdateInput,
  majorHazardCriteriaInput
} from '../schemas/hazard-inputs'
import { emptyInput } from '../schemas/inputs'
import { channel } from './channel-def'

/** Channels of the hidden-hazard ledger and its closed loop. */

/** One line of the hazard list: what the table shows, without photos or history. */
export interface HazardListRow {
  id: number
  code: string
  description: string
  place: string
  riskPointId: number | null
  /** 风险点编号 and name, e.g. "FX-03 学生食堂"; empty when none or the point was removed. */
  riskPointLabel: string
  foundOn: string
  foundByName: string
  category: HazardCategory
  grade: HazardGrade
  state: HazardState
  responsibleName: string
  deadline: string | null
  /** Days past the deadline on the school's today; 0 when on time, without a deadline or closed. */
  overdueDays: number
  fixedOnTheSpot: boolean
  accepted: boolean
  closedOn: string | null
}

export interface HazardListResult {
  rows: HazardListRow[]
  /** Rows matching the filters, over all pages. */
  total: number
  /** Hazards per state matching every filter except the state filter, for the state tabs. */
  counts: Record<HazardState, number>
  /** Open hazards past their deadline among those counted. */
  overdueCount: number
  /** The school's local date the overdue figures were computed for. */
  today: string
}

export interface HazardPhotoThumbnail extends HazardPhotoMeta {
  /** data:image/jpeg;base64,… of the 240 px thumbnail. */
  thumbnail: string
}

export interface HazardPhotoFull extends HazardPhotoMeta {
  /** data:image/jpeg;base64,… of the stored photo (at most 1,600 px on the long side). */
  dataUrl: string
}

/** A reward or penalty that cites this hazard, read-only here (kept in the incentive records). */
export interface HazardIncentiveLink {
  id: number
  kind: 'reward' | 'penalty'
  targetName: string
  decidedOn: string
  measure: string
}

export interface HazardDetail {
  hazard: Hazard
  riskPointLabel: string
  overdueDays: number
  today: string
  events: HazardEvent[]
  photos: HazardPhotoThumbnail[]
  incentives: HazardIncentiveLink[]
}

export interface ChosenPhoto {
  /** Opaque token for a file chosen in a main-process dialog. */
  token: string
  fileName: string
  /** Size on disk, in bytes, so the window can warn before the upload is refused. */
  bytes: number
}

/** The closure chain checked when the window opens: intact, or the first broken link in one Chinese sentence. */
export interface LedgerCheck {
  ok: boolean
  /** Sealed closures found. */
  closures: number
  /** The first broken link as a Chinese sentence, e.g. "隐患 YH-2026-0003 销号后被改动…", or '' when intact. */
  message: string
}

export const hazardChannels = {
  'hazards:list': channel<HazardListResult>()(hazardListInput),
  'hazards:supervision': channel<HazardListResult>()(emptyInput),
  'hazards:get': channel<HazardDetail>()(hazardIdInput),
  'hazards:register': channel<HazardDetail>()(hazardRegisterInput),
  'hazards:update': channel<HazardDetail>()(hazardUpdateInput),
  'hazards:save-plan': channel<HazardDetail>()(hazardPlanInput),
  'hazards:start-rectification': channel<HazardDetail>()(hazardPlanInput),
  'hazards:report': channel<HazardDetail>()(hazardReportInput),
  'hazards:submit': channel<HazardDetail>()(hazardSubmitInput),
  'hazards:accept': channel<HazardDetail>()(hazardAcceptInput),
  'hazards:reject': channel<HazardDetail>()(hazardRejectInput),
  'hazards:close': channel<HazardDetail>()(hazardCloseInput),
  'hazards:on-the-spot': channel<HazardDetail>()(hazardOnTheSpotInput),
  'hazards:choose-photos': channel<ChosenPhoto[]>()(emptyInput),
  'hazards:add-photos': channel<HazardDetail>()(hazardAddPhotosInput),
  'hazards:remove-photo': channel<HazardDetail>()(hazardPhotoIdInput),
  'hazards:photo': channel<HazardPhotoFull>()(hazardPhotoIdInput),
  'hazards:ledger-check': channel<LedgerCheck>()(emptyInput),
  'hazard-criteria:get': channel<MajorHazardCriteria>()(emptyInput),
  'hazard-criteria:save': channel<MajorHazardCriteria>()(majorHazardCriteriaInput),
  'hazard-criteria:reset': channel<MajorHazardCriteria>()(emptyInput)
} as const
