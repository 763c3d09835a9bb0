import type { MajorRiskList, MajorRiskPlan } from '../domain/major-risks'
import { emptyInput } from '../schemas/inputs'
import { majorRiskIdInput, majorRiskPlanInput } from '../schemas/major-risk-inputs'
import { channel } from './channel-def'

/** Channels of the major risks (重大风险) and their control plans. */
export const majorRiskChannels = {
  'major-risks:list': channel<MajorRiskList>()(emptyInput),
  'major-risks:save-plan': channel<MajorRiskPlan>()(majorRiskPlanInput),
  'major-risks:delete-plan': channel<void>()(majorRiskIdInput)
} as const
