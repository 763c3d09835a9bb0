import { schoolSettingsOf } from '../../../shared/exchange/school-data'
import { cleanText } from '../layout/text'
import type { SchoolIndex } from './school-index'

/** Returns the duty phone for emergency notices: the 值班电话 setting, else the office phone, else the school's contact phone. */
export function dutyPhone(index: SchoolIndex): string {
  const setting = cleanText(schoolSettingsOf(index.data).notices.dutyPhone)
  return setting || cleanText(index.data.leadingGroup.office.phone) || cleanText(index.data.school.contactPhone)
}

/** The phone of the 双重预防工作办公室, or empty. */
export function officePhone(index: SchoolIndex): string {
  return cleanText(index.data.leadingGroup.office.phone)
}

/** The county education bureau's phone for reports, or empty when the school has not entered it. */
export function bureauPhone(index: SchoolIndex): string {
  return cleanText(schoolSettingsOf(index.data).notices.bureauPhone)
}

/** Blank to be filled in by hand where a phone number is not known yet. */
export const phoneBlank = '＿＿＿＿＿＿＿＿'
