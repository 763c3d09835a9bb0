import type { ChannelName, ChannelOutput, Channels } from '../../shared/channels'
import type { z } from 'zod'
import type { HandlerContext } from './context'
import { coreHandlers } from './core.handlers'
import { customLibraryHandlers } from './custom-library.handlers'
import { recentFileHandlers } from './recent-files.handlers'
import { hazardHandlers } from './hazards.handlers'
import { incentiveHandlers } from './incentives.handlers'
import { trainingHandlers } from './training.handlers'
import { analysisHandlers } from './analysis.handlers'
import { riskImportHandlers } from './risk-import.handlers'
import { noticeHandlers } from './notices.handlers'
import { smallSchoolHandlers } from './small-school.handlers'
import { valueTablesHandlers } from './value-tables.handlers'
import { majorRiskHandlers } from './major-risks.handlers'
import { reviewHandlers } from './reviews.handlers'
import { riskMapHandlers } from './risk-map.handlers'
import { inspectionHandlers } from './inspections.handlers'
import { dashboardHandlers } from './dashboard.handlers'

export type { HandlerContext } from './context'

type Handler<K extends ChannelName> = (ctx: HandlerContext, input: z.output<Channels[K]['input']>) => Promise<ChannelOutput<K>>
type HandlerTable = { [K in ChannelName]: Handler<K> }

/**
 * The handler of every channel, assembled from one table per feature; the mapped type makes a missing or
 * misspelled channel a compile error.
 */
export const handlers: HandlerTable = {
  ...coreHandlers,
  ...customLibraryHandlers,
  ...recentFileHandlers,
  ...hazardHandlers,
  ...analysisHandlers,
  ...riskImportHandlers,
  ...noticeHandlers,
  ...smallSchoolHandlers,
  ...valueTablesHandlers,
  ...majorRiskHandlers,
  ...reviewHandlers,
  ...riskMapHandlers,
  ...trainingHandlers,
  ...incentiveHandlers,
  ...inspectionHandlers,
  ...dashboardHandlers
}
