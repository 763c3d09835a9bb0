import type { OutputBuilder } from '../outputs/output-builder'
import { hazardManual } from './hazard-manual'
import { leadingGroupNotice } from './leading-group-notice'
import { responsibilityLists } from './responsibility-lists'
import { riskControlManual } from './risk-control-manual'
import { riskNoticeCards } from './risk-notice-cards'

/** The Word documents, in the order they are generated and numbered in the output folder. */
export const documentBuilders: OutputBuilder[] = [leadingGroupNotice, responsibilityLists, riskControlManual, hazardManual, riskNoticeCards]
