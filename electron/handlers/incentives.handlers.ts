import type { incentiveChannels } from '../../shared/contract/incentives'
import { deleteIncentive, listHazardOptions, listIncentives, saveIncentive } from '../incentives/incentives.service'
import type { HandlersFor } from './context'

/** Handlers of the 考核奖惩 records. */
export const incentiveHandlers: HandlersFor<typeof incentiveChannels> = {
  'incentives:list': (ctx) => listIncentives(ctx.session.schoolDb.db),
  'incentives:save': (ctx, input) => saveIncentive(ctx.session.schoolDb.db, input),
  'incentives:delete': (ctx, input) => deleteIncentive(ctx.session.schoolDb.db, input.id),
  'incentives:hazard-options': (ctx) => listHazardOptions(ctx.session.schoolDb.db)
}
