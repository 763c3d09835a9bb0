import type { RiskPoint } from '../domain/entities'
import { emptyInput } from '../schemas/inputs'
import { quickGradeInput, smallSchoolModeInput } from '../schemas/notice-inputs'
import type { ProposedPoint, SmallSchoolStatus } from '../small-school'
import { channel } from './channel-def'

/** Channels of the small-school mode: the switch, the short risk-point proposal and grading by the level definitions. */
export const smallSchoolChannels = {
  'small-school:status': channel<SmallSchoolStatus>()(emptyInput),
  'small-school:set-mode': channel<SmallSchoolStatus>()(smallSchoolModeInput),
  'small-school:proposal': channel<ProposedPoint[]>()(emptyInput),
  'risks:quick-grade': channel<RiskPoint>()(quickGradeInput)
} as const
