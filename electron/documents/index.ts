import type { OutputBuilder } from '../outputs/output-builder'
import { onlyInMode } from './school-mode'
import { inUnitWording } from './school/unit-wording'
import { hazardManual } from './hazard-manual'
import { incentiveRegister } from './incentive-register'
import { leadingGroupNotice } from './leading-group-notice'
import { majorRiskReport } from './major-risk-report'
import { responsibilityLists } from './responsibility-lists'
import { riskControlManual } from './risk-control-manual'
import { trainingRegister } from './training-register'
import { pointRiskCards, postRiskCards } from './risk-notice-cards'
import { riskNoticeBoard } from './risk-notice-board'
import { safetyChecklists } from './safety-checklists'
import { inspectionChecklists } from './inspection-checklists'
import { smallSchoolManual } from './small-school-manual'
import { riskMapPoster } from './risk-map-poster'
import { rectificationNotices } from './rectification-notices'
import { majorHazardReports } from './major-hazard-reports'
import { hazardStatistics } from './hazard-statistics'

/**
 * Every Word document, in the order they are generated and numbered in the output folder. Each prints the
 * built-in texts in the school's own wording (校长 or 园长).
 */
export const documentBuilders: OutputBuilder[] = [
  leadingGroupNotice,
  responsibilityLists,
  onlyInMode(riskControlManual, 'normal'),
  majorRiskReport,
  onlyInMode(hazardManual, 'normal'),
  onlyInMode(smallSchoolManual, 'small'),
  postRiskCards,
  pointRiskCards,
  riskNoticeBoard,
  safetyChecklists,
  inspectionChecklists,
  riskMapPoster,
  trainingRegister,
  incentiveRegister,
  rectificationNotices,
  majorHazardReports,
  hazardStatistics
].map(inUnitWording)
