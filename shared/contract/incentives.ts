import type { HazardOption, Incentive } from '../domain/incentives'
import { emptyInput, idInput } from '../schemas/inputs'
import { incentiveInput } from '../schemas/training-inputs'
import { channel } from './channel-def'

/** Channels of the 考核奖惩 records. */
export const incentiveChannels = {
  'incentives:list': channel<Incentive[]>()(emptyInput),
  'incentives:save': channel<Incentive>()(incentiveInput),
  'incentives:delete': channel<void>()(idInput),
  /** Hidden hazards a record may be linked to, newest first. */
  'incentives:hazard-options': channel<HazardOption[]>()(emptyInput)
} as const
