import type { z } from 'zod'
import type { ChannelDef, OutputOf } from './contract/channel-def'
import { coreChannels } from './contract/core'
import { customLibraryChannels } from './contract/custom-library'
import { recentFileChannels } from './contract/recent-files'
import { incentiveChannels } from './contract/incentives'
import { trainingChannels } from './contract/training'
import { hazardChannels } from './contract/hazards'
import { analysisChannels } from './contract/analysis'
import { riskImportChannels } from './contract/risk-import'
import { riskMapChannels } from './contract/risk-map'
import { noticeChannels } from './contract/notices'
import { smallSchoolChannels } from './contract/small-school'
import { valueTablesChannels } from './contract/value-tables'
import { majorRiskChannels } from './contract/major-risks'
import { reviewChannels } from './contract/reviews'
import { inspectionChannels } from './contract/inspections'
import { dashboardChannels } from './contract/dashboard'

export type { ChannelDef } from './contract/channel-def'
export type { AppInfo, ChosenFolder } from './contract/core'
export type { ChosenImportFile } from './contract/risk-import'
export type { ChosenLibraryFile } from './contract/custom-library'
export type { RecentSchoolFile } from './contract/recent-files'
export type { ChosenMapImage } from './contract/risk-map'

/**
 * The one contract between the window and the Node side: every channel with its input schema and its
 * result type, assembled from one table per feature under contract/. Main registers exactly these
 * channels, the preload exposes exactly these, and the loopback test harness answers the same table over
 * HTTP.
 */
export const channels = {
  ...coreChannels,
  ...customLibraryChannels,
  ...recentFileChannels,
  ...hazardChannels,
  ...analysisChannels,
  ...riskImportChannels,
  ...noticeChannels,
  ...smallSchoolChannels,
  ...valueTablesChannels,
  ...majorRiskChannels,
  ...reviewChannels,
  ...riskMapChannels,
  ...trainingChannels,
  ...incentiveChannels,
  ...inspectionChannels,
  ...dashboardChannels
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
/** What a caller passes: the validated shape of the input (the Node side parses it again). */
export type ChannelInput<K extends ChannelName> = z.output<Channels[K]['input']>
export type ChannelOutput<K extends ChannelName> = OutputOf<Channels[K]>

export const channelNames = Object.keys(channels) as ChannelName[]

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value)
}

/** A channel table of one feature, as contract/*.ts declare them. */
export type ChannelTable = Record<string, ChannelDef<z.ZodType, unknown>>
