import type { FileChild } from 'docx'
import { formatHours, summariseTraining } from '../../../shared/domain/training-summary'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { snapshotDay } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'

const registers = '《安全教育培训记录台账》和《考核奖惩记录台账》'

function trainingSentence(index: SchoolIndex, day: string): string {
  const summary = summariseTraining({ staff: index.data.staff, trainings: index.data.trainings ?? [], on: day })
  const { we } = index.terms
  if (summary.yearSessions === 0) {
    return `${summary.year.name}${we}尚未登记安全教育培训，须按安全教育培训制度每学期至少组织一次全员培训。`
  }

  const untrained = summary.untrainedIds.length
  const termPart =
    untrained === 0
      ? `本学期（${summary.term.name}）全体教职工均已参训。`
      : `本学期（${summary.term.name}）尚有${untrained}名教职工未参训，按制度在两周内补训。`
  return `${summary.year.name}${we}开展安全教育培训和应急演练${summary.yearSessions}次，合计${formatHours(summary.yearHours)}学时，参训教职工${summary.yearAttendances}人次；${termPart}`
}

function incentiveSentence(index: SchoolIndex, day: string): string {
  const year = day.slice(0, 4)
  const decided = (index.data.incentives ?? []).filter((incentive) => incentive.decidedOn.startsWith(year))
  if (decided.length === 0) return `${year}年度尚未登记考核奖惩。`
  const rewards = decided.filter((incentive) => incentive.kind === 'reward').length
  return `${year}年度依据考核奖惩制度作出奖励${rewards}项、惩处${decided.length - rewards}项。`
}

/**
 * Writes 培训与考核 for a manual's closing chapter: this year's sessions and hours, who still needs training
 * this term, this year's rewards and penalties, and where the registers are.
 */
export function trainingAssessmentSection(index: SchoolIndex, outline: Outline): FileChild[] {
  const day = snapshotDay(index.data)
  return [
    outline.section('培训与考核'),
    body(`${trainingSentence(index, day)}${incentiveSentence(index, day)}培训和奖惩的详细记录见${registers}，两本台账随本手册一并打印存档。`)
  ]
}
