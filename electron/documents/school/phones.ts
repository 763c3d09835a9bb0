import { cleanText } from '../layout/text'
import type { SchoolIndex } from './school-index'

/** Returns the duty phone for emergency notices: the office phone, else the school's contact phone. */
export function dutyPhone(index: SchoolIndex): string {
  return cleanText(index.data.leadingGroup.office.phone) || cleanText(index.data.school.contactPhone)
}
