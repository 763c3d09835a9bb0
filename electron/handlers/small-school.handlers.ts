import type { smallSchoolChannels } from '../../shared/contract/small-school'
import { getSmallSchoolStatus, quickGradeRisk, smallSchoolProposal, switchSmallSchoolMode } from '../small-school/small-school.service'
import type { HandlersFor } from './context'

/** Handlers of the small-school mode. */
export const smallSchoolHandlers: HandlersFor<typeof smallSchoolChannels> = {
  'small-school:status': (ctx) => getSmallSchoolStatus(ctx.session.schoolDb.db),
  'small-school:set-mode': (ctx, input) => switchSmallSchoolMode(ctx.session.schoolDb.db, input.enabled),
  'small-school:proposal': (ctx) => smallSchoolProposal(ctx.session.schoolDb.db),
  'risks:quick-grade': (ctx, input) => quickGradeRisk(ctx.session.schoolDb.db, input.riskId, input.level)
}
