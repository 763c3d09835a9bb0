import type { ChannelName, ChannelOutput, Channels } from '../../shared/channels'
import type { z } from 'zod'
import type { HandlerContext } from './context'
import { coreHandlers } from './core.handlers'
import { riskImportHandlers } from './risk-import.handlers'

export type { HandlerContext } from './context'

type Handler<K extends ChannelName> = (ctx: HandlerContext, input: z.output<Channels[K]['input']>) => Promise<ChannelOutput<K>>
type HandlerTable = { [K in ChannelName]: Handler<K> }

/**
 * The handler of every channel, assembled from one table per feature; the mapped type makes a missing or
 * misspelled channel a compile error.
 */
export const handlers: HandlerTable = {
  ...coreHandlers,
  ...riskImportHandlers
}
