import type { analysisChannels } from '../../shared/contract/analysis'
import { deleteAnalysisEntry, listAnalysisEntries, reorderAnalysisEntries, saveAnalysisEntry } from '../analysis/analysis.service'
import type { HandlersFor } from './context'

/** Handlers of the JHA and SCL identification records. */
export const analysisHandlers: HandlersFor<typeof analysisChannels> = {
  'analysis:list': (ctx, input) => listAnalysisEntries(ctx.session.schoolDb.db, input.riskPointId),
  'analysis:save': (ctx, input) => saveAnalysisEntry(ctx.session.schoolDb.db, input),
  'analysis:delete': (ctx, input) => deleteAnalysisEntry(ctx.session.schoolDb.db, input.id),
  'analysis:reorder': (ctx, input) => reorderAnalysisEntries(ctx.session.schoolDb.db, input)
}
