import type { CalendarPeriod, ProposedPeriod } from '../domain/calendar'
import type { InspectionDetail, InspectionListResult, InspectionPlanRow, PlanChecklist } from '../domain/inspections'
import type { DueSummary } from '../inspections/due'
import {
  calendarAddInput,
  calendarPeriodInput,
  inspectionListInput,
  inspectionPlanInput,
  inspectionRecordInput,
  planIdInput,
  planPrintInput,
  planProposalAcceptInput
} from '../schemas/inspection-inputs'
import { emptyInput, idInput } from '../schemas/inputs'
import { channel } from './channel-def'

/** Channels of the school calendar, the inspection plans and the inspection records. */

/** A plan the school could adopt, derived from its checklist; `key` names it when accepting. */
export interface ProposedPlan {
  key: string
  name: string
  inspectionType: InspectionPlanRow['inspectionType']
  frequency: InspectionPlanRow['frequency']
  beforeKind: InspectionPlanRow['beforeKind']
  responsiblePostId: number | null
  scope: InspectionPlanRow['scope']
  itemCount: number
  /** Why the plan is proposed, in a sentence for the list. */
  reason: string
  /** Ticked when the list opens: the school-wide plans and the patrols of the posts that patrol every day. */
  recommended: boolean
  /** True when the school already has a plan of this name, so it is not ticked. */
  exists: boolean
}

export interface PrintedChecklist {
  /** File name written in the chosen folder. */
  fileName: string
  folder: string
  /** The folder's token, for `outputs:open-folder`. */
  token: string
}

export const inspectionChannels = {
  'calendar:list': channel<CalendarPeriod[]>()(emptyInput),
  'calendar:save': channel<CalendarPeriod[]>()(calendarPeriodInput),
  'calendar:delete': channel<CalendarPeriod[]>()(idInput),
  'calendar:proposal': channel<ProposedPeriod[]>()(emptyInput),
  'calendar:add': channel<CalendarPeriod[]>()(calendarAddInput),

  'inspection-plans:list': channel<InspectionPlanRow[]>()(emptyInput),
  'inspection-plans:save': channel<InspectionPlanRow>()(inspectionPlanInput),
  'inspection-plans:delete': channel<void>()(idInput),
  'inspection-plans:proposal': channel<ProposedPlan[]>()(emptyInput),
  'inspection-plans:accept-proposal': channel<InspectionPlanRow[]>()(planProposalAcceptInput),
  'inspection-plans:checklist': channel<PlanChecklist>()(planIdInput),
  'inspection-plans:print': channel<PrintedChecklist>()(planPrintInput),

  'inspections:due': channel<DueSummary>()(emptyInput),
  'inspections:list': channel<InspectionListResult>()(inspectionListInput),
  'inspections:get': channel<InspectionDetail>()(idInput),
  'inspections:record': channel<InspectionDetail>()(inspectionRecordInput),
  'inspections:delete': channel<void>()(idInput)
} as const
