import type { CalendarPeriodDraft } from '../domain/calendar'

/**
 * The calendar proposed to a school that has entered none: the usual dates of a Henan primary or secondary
 * school year. The county bureau's 校历 and the State Council's yearly holiday notice set the real dates, so
 * the user confirms every period and edits it; festivals on the lunar calendar (春节, 端午, 中秋) move every
 * year and are left for the user to add.
 */

/**
 * Returns the first year of the school year to propose on `today`: from July on, the year that starts in
 * September of this year, because the summer holiday is when a school prepares the coming year; before July,
 * the year that started last September.
 */
export function proposedSchoolYear(today: string): number {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  return month >= 7 ? year : year - 1
}

/** The name schools give a school year, e.g. 2026—2027学年. */
export function schoolYearName(startYear: number): string {
  return `${startYear}—${startYear + 1}学年`
}

/** Lists the periods of the school year starting in September of `startYear`, in date order. */
export function calendarForSchoolYear(startYear: number): CalendarPeriodDraft[] {
  const first = startYear
  const next = startYear + 1
  const year = schoolYearName(startYear)
  const periods: CalendarPeriodDraft[] = [
    { kind: 'term', name: `${year}第一学期`, startsOn: `${first}-09-01`, endsOn: `${next}-01-20` },
    { kind: 'holiday', name: '国庆节', startsOn: `${first}-10-01`, endsOn: `${first}-10-07` },
    // Henan's central heating season runs from mid-November to mid-March.
    { kind: 'heating-season', name: `${first}—${next}年供暖期`, startsOn: `${first}-11-15`, endsOn: `${next}-03-15` },
    { kind: 'holiday', name: '元旦', startsOn: `${next}-01-01`, endsOn: `${next}-01-01` },
    { kind: 'holiday', name: '寒假', startsOn: `${next}-01-21`, endsOn: `${next}-02-20` },
    { kind: 'term', name: `${year}第二学期`, startsOn: `${next}-02-21`, endsOn: `${next}-07-05` },
    { kind: 'holiday', name: '清明节', startsOn: `${next}-04-04`, endsOn: `${next}-04-06` },
    { kind: 'holiday', name: '劳动节', startsOn: `${next}-05-01`, endsOn: `${next}-05-05` },
    // Jiaozuo's flood season (主汛期 and 后汛期) runs from June to September.
    { kind: 'flood-season', name: `${next}年汛期`, startsOn: `${next}-06-01`, endsOn: `${next}-09-30` },
    { kind: 'holiday', name: '暑假', startsOn: `${next}-07-06`, endsOn: `${next}-08-31` }
  ]
  return periods.sort((a, b) => a.startsOn.localeCompare(b.startsOn))
}

/** The calendar proposed on `today`. */
export function proposeCalendar(today: string): CalendarPeriodDraft[] {
  return calendarForSchoolYear(proposedSchoolYear(today))
}
