import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { proposeCalendar, proposedSchoolYear } from '../../shared/inspections/calendar-proposal'
import { calendarAddInput, calendarPeriodInput } from '../../shared/schemas/inspection-inputs'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { addCalendarPeriods, deleteCalendarPeriod, listCalendar, proposeCalendarPeriods, saveCalendarPeriod } from '../../electron/inspections/calendar.service'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'

function period(overrides: Record<string, unknown> = {}) {
  return calendarPeriodInput.parse({ kind: 'term', name: '2026—2027学年第一学期', startsOn: '2026-09-01', endsOn: '2027-01-20', ...overrides })
}

async function rejection(promise: Promise<unknown>): Promise<AppErrorData> {
  try {
    await promise
  } catch (error) {
    return (error as { data: AppErrorData }).data
  }
  throw new Error('the call was not rejected')
}

describe('calendar input', () => {
  it('names an invalid date', () => {
    const result = calendarPeriodInput.safeParse({ kind: 'holiday', name: '国庆节', startsOn: '2026-02-30', endsOn: '2026-10-07' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(describeError(appErrorsFromZod(result.error)[0])).toBe('「开始日期」“2026-02-30”不是有效的日期，请按“2026-09-01”的格式填写。')
  })

  it('requires a name and a kind', () => {
    const result = calendarPeriodInput.safeParse({ kind: '', name: '', startsOn: '2026-10-01', endsOn: '2026-10-07' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(appErrorsFromZod(result.error).map((error) => error.field)).toEqual(['时段类型', '时段名称'])
  })
})

describe('calendar service', () => {
  it('lists periods by start date', async () => {
    const { db } = await newSchool()
    await saveCalendarPeriod(db, period({ kind: 'holiday', name: '国庆节', startsOn: '2026-10-01', endsOn: '2026-10-07' }))
    await saveCalendarPeriod(db, period())
    expect((await listCalendar(db)).map((entry) => entry.name)).toEqual(['2026—2027学年第一学期', '国庆节'])
  })

  it('refuses an end before the start and changes nothing', async () => {
    const schoolDb = await newSchool()
    const before = dumpContent(schoolDb.sqlite)
    const error = await rejection(saveCalendarPeriod(schoolDb.db, period({ startsOn: '2027-01-20', endsOn: '2026-09-01' })))
    expect(describeError(error)).toBe('「结束日期」“2026-09-01”超出范围，不能早于开始日期（2027-01-20）。')
    expect(dumpContent(schoolDb.sqlite)).toBe(before)
  })

  it('refuses a period longer than a year', async () => {
    const { db } = await newSchool()
    const error = await rejection(saveCalendarPeriod(db, period({ endsOn: '2027-09-20' })))
    expect(describeError(error)).toContain('一个时段最长 366 天')
  })

  it('refuses overlapping terms and names the other term', async () => {
    const schoolDb = await newSchool()
    await saveCalendarPeriod(schoolDb.db, period())
    const before = dumpContent(schoolDb.sqlite)
    const error = await rejection(saveCalendarPeriod(schoolDb.db, period({ name: '2026—2027学年第二学期', startsOn: '2027-01-15', endsOn: '2027-07-05' })))
    expect(error.code).toBe('calendar-overlap')
    expect(describeError(error)).toBe(
      '学期「2026—2027学年第二学期」与已有的学期“2026—2027学年第一学期”（2026-09-01 至 2027-01-20）日期重叠。同一天只能属于一个学期，请调整起止日期。'
    )
    expect(dumpContent(schoolDb.sqlite)).toBe(before)
  })

  it('lets holidays lie within a term and a term be moved', async () => {
    const { db } = await newSchool()
    const [term] = await saveCalendarPeriod(db, period())
    await saveCalendarPeriod(db, period({ kind: 'holiday', name: '国庆节', startsOn: '2026-10-01', endsOn: '2026-10-07' }))
    const moved = await saveCalendarPeriod(db, period({ id: term.id, startsOn: '2026-08-31' }))
    expect(moved.find((entry) => entry.id === term.id)?.startsOn).toBe('2026-08-31')
  })

  it('deletes a period with an audit row', async () => {
    const schoolDb = await newSchool()
    const [term] = await saveCalendarPeriod(schoolDb.db, period())
    expect(await deleteCalendarPeriod(schoolDb.db, term.id)).toEqual([])
    const audit = schoolDb.sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'calendar_period' ORDER BY id`).all()
    expect(audit).toEqual([{ action: 'create' }, { action: 'delete' }])
  })
})

describe('proposed calendar', () => {
  it('proposes the school year under way, or the coming one from July', () => {
    expect(proposedSchoolYear('2026-12-04')).toBe(2026)
    expect(proposedSchoolYear('2027-03-01')).toBe(2026)
    expect(proposedSchoolYear('2027-07-01')).toBe(2027)
  })

  it('has two terms, the holidays and the two seasons in date order', () => {
    const periods = proposeCalendar('2026-12-04')
    expect(periods.map((entry) => `${entry.kind} ${entry.name} ${entry.startsOn}`)).toEqual([
      'term 2026—2027学年第一学期 2026-09-01',
      'holiday 国庆节 2026-10-01',
      'heating-season 2026—2027年供暖期 2026-11-15',
      'holiday 元旦 2027-01-01',
      'holiday 寒假 2027-01-21',
      'term 2026—2027学年第二学期 2027-02-21',
      'holiday 清明节 2027-04-04',
      'holiday 劳动节 2027-05-01',
      'flood-season 2027年汛期 2027-06-01',
      'holiday 暑假 2027-07-06'
    ])
    expect(periods.find((entry) => entry.kind === 'flood-season')?.endsOn).toBe('2027-09-30')
  })

  it('is added in one go and marked once entered', async () => {
    const { db } = await newSchool()
    const now = new Date('2026-12-04T04:00:00.000Z')
    const proposed = await proposeCalendarPeriods(db, now)
    expect(proposed.every((entry) => entry.overlaps === '')).toBe(true)

    await addCalendarPeriods(db, calendarAddInput.parse({ periods: proposed.map(({ overlaps: _overlaps, ...draft }) => draft) }))
    expect((await listCalendar(db)).length).toBe(10)
    const again = await proposeCalendarPeriods(db, now)
    expect(again.find((entry) => entry.name === '国庆节')?.overlaps).toBe('国庆节')
  })

  it('adds nothing when one proposed term overlaps', async () => {
    const schoolDb = await newSchool()
    await saveCalendarPeriod(schoolDb.db, period({ name: '本学期', startsOn: '2026-08-25', endsOn: '2027-01-10' }))
    const before = dumpContent(schoolDb.sqlite)
    const proposal = proposeCalendar('2026-12-04')
    const error = await rejection(addCalendarPeriods(schoolDb.db, calendarAddInput.parse({ periods: proposal })))
    expect(error.code).toBe('calendar-overlap')
    expect(dumpContent(schoolDb.sqlite)).toBe(before)
  })
})
