import type { FileChild } from 'docx'
import { formatHours, summariseTraining, type TrainingSummary } from '../../../shared/domain/training-summary'
import type { ExchangeTraining } from '../../../shared/exchange/records'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import type { StoredFiles } from '../../outputs/stored-files'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { blankLine, body, plain, title } from '../layout/paragraphs'
import { portraitSection } from '../layout/sections'
import { snapshotDate, snapshotDay } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { blankRecordSheet, recordSheet } from './record-sheet'
import { blankRegisterTable, peopleTable, registerTable } from './register-tables'

export const trainingRegisterTitle = '安全教育培训记录台账'

/** Sessions oldest first, as a register lists them. */
export function chronological(data: SchoolData): ExchangeTraining[] {
  return [...(data.trainings ?? [])].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id)
}

/**
 * Counts this term and year as of the snapshot's day.
 * NOTE: the snapshot carries no school calendar, so the register assumes the usual term dates, while the
 * window uses the terms entered in calendar_period; the two differ only for a school that set other dates.
 */
export function summaryOf(data: SchoolData): TrainingSummary {
  return summariseTraining({ staff: data.staff, trainings: data.trainings ?? [], on: snapshotDay(data) })
}

function heading(index: SchoolIndex, data: SchoolData): FileChild[] {
  return [title(trainingRegisterTitle), plain(`${index.schoolName}（截至${snapshotDate(data)}）`, { align: 'center' }), blankLine()]
}

function overview(index: SchoolIndex, trainings: readonly ExchangeTraining[], summary: TrainingSummary): string {
  const hours = trainings.reduce((sum, training) => sum + training.hours, 0)
  const attendances = trainings.reduce((sum, training) => sum + training.attendeeIds.length, 0)
  const untrained = summary.untrainedIds.length
  const term = `本学期（${summary.term.name}）开展${summary.termSessions}次、${formatHours(summary.termHours)}学时，`
  const missing = untrained === 0 ? '全体教职工均已参训。' : `尚有${untrained}名教职工未参训，应按安全教育培训制度在两周内补训，名单见“教职工参训情况”。`
  return `本台账登记${index.terms.we}开展的安全教育培训和应急演练共${trainings.length}次，合计${formatHours(hours)}学时，参训教职工${attendances}人次。${term}${missing}每次培训的记录表、签到表和现场照片附后。`
}

function filledRegister(index: SchoolIndex, data: SchoolData, files: StoredFiles | undefined): FileChild[] {
  const trainings = chronological(data)
  const summary = summaryOf(data)
  const outline = new Outline()
  return [
    ...heading(index, data),
    body(overview(index, trainings, summary)),
    outline.chapter('培训登记表'),
    ...registerTable(trainings),
    outline.chapter('教职工参训情况', { pageBreakBefore: true }),
    body(`统计期间：本学期为${summary.term.name}，本年度为${summary.year.name}。底色标出的是本学期未参加任何培训的教职工。`),
    ...peopleTable(summary),
    outline.chapter('培训记录表', { pageBreakBefore: true }),
    body('以下按日期先后列出每次培训的记录表、参训人员签到表和现场照片，签到表打印后由参训人员本人签名。'),
    ...trainings.flatMap((training, position) => recordSheet(index, training, files, { pageBreakBefore: position > 0 }))
  ]
}

function blankRegister(index: SchoolIndex, data: SchoolData): FileChild[] {
  const outline = new Outline()
  return [
    ...heading(index, data),
    body(`${index.terms.we}尚未在软件中登记安全教育培训记录。以下为空白的培训登记表、培训记录表和签到表，可打印后手工填写；培训结束后请在“培训与奖惩”中补录，以便统计学时和未参训人员。`),
    outline.chapter('培训登记表'),
    ...blankRegisterTable(12),
    outline.chapter('培训记录表（空白）', { pageBreakBefore: true }),
    body('每次培训填写一份记录表和签到表，与现场照片、课件和考核记录一并归档。'),
    ...blankRecordSheet({ pageBreakBefore: false })
  ]
}

export async function buildTrainingRegister(data: SchoolData, files?: StoredFiles): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const children = (data.trainings ?? []).length > 0 ? filledRegister(index, data, files) : blankRegister(index, data)
  return packDocument({ hasContents: false, title: trainingRegisterTitle, subject: index.schoolName, sections: [portraitSection(children)] })
}

export const trainingRegister: OutputBuilder = {
  key: 'training-register',
  title: trainingRegisterTitle,
  kind: 'docx',
  build: buildTrainingRegister
}
