import type { AnalysisEntry } from '../domain/analysis'
import { analysisEntryInput, analysisListInput, analysisReorderInput } from '../schemas/analysis-inputs'
import { idInput } from '../schemas/inputs'
import { channel } from './channel-def'

/**
 * Channels of the identification records: JHA steps of activities and SCL items of facilities. Every write
 * returns the risk point's records as they are afterwards.
 */
export const analysisChannels = {
  'analysis:list': channel<AnalysisEntry[]>()(analysisListInput),
  'analysis:save': channel<AnalysisEntry[]>()(analysisEntryInput),
  'analysis:delete': channel<AnalysisEntry[]>()(idInput),
  'analysis:reorder': channel<AnalysisEntry[]>()(analysisReorderInput)
} as const
