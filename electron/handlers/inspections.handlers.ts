import type { inspectionChannels } from '../../shared/contract/inspections'
import { addCalendarPeriods, deleteCalendarPeriod, listCalendar, proposeCalendarPeriods, saveCalendarPeriod } from '../inspections/calendar.service'
import { dueInspections } from '../inspections/due.service'
import { loadPlanChecklist } from '../inspections/plan-checklist'
import { loadPlan } from '../inspections/plan-rows'
import { deletePlan, listPlans, savePlan } from '../inspections/plans.service'
import { printPlanChecklist } from '../inspections/print'
import { acceptProposedPlans, proposePlans } from '../inspections/proposal.service'
import { deleteInspection, recordInspection } from '../inspections/record.service'
import { getInspectionDetail, listInspections } from '../inspections/records.service'
import { chosenPath, type HandlersFor } from './context'

/** Handlers of the school calendar, the inspection plans and the inspection records. */
export const inspectionHandlers: HandlersFor<typeof inspectionChannels> = {
  'calendar:list': (ctx) => listCalendar(ctx.session.schoolDb.db),
  'calendar:save': (ctx, input) => saveCalendarPeriod(ctx.session.schoolDb.db, input),
  'calendar:delete': (ctx, input) => deleteCalendarPeriod(ctx.session.schoolDb.db, input.id),
  'calendar:proposal': (ctx) => proposeCalendarPeriods(ctx.session.schoolDb.db),
  'calendar:add': (ctx, input) => addCalendarPeriods(ctx.session.schoolDb.db, input),

  'inspection-plans:list': (ctx) => listPlans(ctx.session.schoolDb.db),
  'inspection-plans:save': (ctx, input) => savePlan(ctx.session.schoolDb.db, input),
  'inspection-plans:delete': (ctx, input) => deletePlan(ctx.session.schoolDb.db, input.id),
  'inspection-plans:proposal': (ctx) => proposePlans(ctx.session.schoolDb.db),
  'inspection-plans:accept-proposal': (ctx, input) => acceptProposedPlans(ctx.session.schoolDb.db, input.keys),
  'inspection-plans:checklist': async (ctx, input) => {
    const db = ctx.session.schoolDb.db
    return loadPlanChecklist(db, await loadPlan(db, input.planId))
  },
  'inspection-plans:print': async (ctx, input) => {
    const folder = chosenPath(ctx, input.token, 'output-folder')
    const fileName = await printPlanChecklist(ctx.session.schoolDb.db, input.planId, folder, input.byPoint)
    return { fileName, folder, token: input.token }
  },

  'inspections:due': (ctx) => dueInspections(ctx.session.schoolDb.db),
  'inspections:list': (ctx, input) => listInspections(ctx.session.schoolDb.db, input),
  'inspections:get': (ctx, input) => getInspectionDetail(ctx.session.schoolDb.db, input.id),
  'inspections:record': (ctx, input) => recordInspection(ctx.session.schoolDb.db, input),
  'inspections:delete': (ctx, input) => deleteInspection(ctx.session.schoolDb.db, input.id)
}
