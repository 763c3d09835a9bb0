import type { valueTablesChannels } from '../../shared/contract/value-tables'
import { getValueTables } from '../settings/settings.service'
import { applyValueTables, listValueTablesHistory, previewValueTables } from '../value-tables/value-tables.service'
import type { HandlersFor } from './context'

/** Handlers of the value tables (评价标准). */
export const valueTablesHandlers: HandlersFor<typeof valueTablesChannels> = {
  'value-tables:get': (ctx) => getValueTables(ctx.session.schoolDb.db),
  'value-tables:preview': (ctx, input) => previewValueTables(ctx.session.schoolDb.db, input),
  'value-tables:apply': (ctx, input) => applyValueTables(ctx.session.schoolDb.db, input),
  'value-tables:history': (ctx) => listValueTablesHistory(ctx.session.schoolDb.db)
}
