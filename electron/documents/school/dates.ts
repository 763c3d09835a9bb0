import type { SchoolData } from '../../../shared/exchange/school-data'
import { isoLocalDate } from '../../../shared/domain/training-summary'

function formatDate(date: Date): string {
  return chineseDate(isoLocalDate(date))
}

/** "2026-09-01" → "2026年9月1日", the Arabic-numeral date form of GB/T 9704. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`
}

/**
 * Returns the date a document is issued on when nothing else sets it: the local day the snapshot was taken
 * (the day of printing), so the same snapshot always prints the same date.
 */
export function snapshotDate(data: SchoolData): string {
  const taken = new Date(data.exportedAt)
  return formatDate(Number.isNaN(taken.getTime()) ? new Date() : taken)
}

/** Returns the local day the snapshot was taken as YYYY-MM-DD: the day registers count this term and year from. */
export function snapshotDay(data: SchoolData): string {
  const taken = new Date(data.exportedAt)
  return isoLocalDate(Number.isNaN(taken.getTime()) ? new Date() : taken)
}

/** Returns the date of the leading-group notice: its 成文日期 when set, else the snapshot day. */
export function noticeDate(data: SchoolData): string {
  const issuedOn = data.leadingGroup.office.issuedOn
  return issuedOn ? chineseDate(issuedOn) : snapshotDate(data)
}
