import type { dashboardChannels } from '../../shared/contract/dashboard'
import { dashboardSummary } from '../dashboard/dashboard.service'
import type { HandlersFor } from './context'

/** Handler of the start page (首页); "today" is the school's date on the computer's clock. */
export const dashboardHandlers: HandlersFor<typeof dashboardChannels> = {
  'dashboard:get': (ctx) => dashboardSummary(ctx.session.schoolDb.db)
}
