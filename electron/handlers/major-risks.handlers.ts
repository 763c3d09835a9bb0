import type { majorRiskChannels } from '../../shared/contract/major-risks'
import { deleteMajorRiskPlan, listMajorRisks, saveMajorRiskPlan } from '../major-risks/major-risks.service'
import type { HandlersFor } from './context'

/** Handlers of the major risks (重大风险) and their control plans. */
export const majorRiskHandlers: HandlersFor<typeof majorRiskChannels> = {
  'major-risks:list': (ctx) => listMajorRisks(ctx.session.schoolDb.db),
  'major-risks:save-plan': (ctx, input) => saveMajorRiskPlan(ctx.session.schoolDb.db, input),
  'major-risks:delete-plan': (ctx, input) => deleteMajorRiskPlan(ctx.session.schoolDb.db, input.riskId)
}
