import { describe, expect, it } from 'vitest'
import { daysBetween, localDate, overdueDays } from '../../shared/domain/local-date'
import { hazardListInput } from '../../shared/schemas/hazard-inputs'
import { getHazardDetail } from '../../electron/hazards/hazard-detail'
import { listHazards, listSupervision } from '../../electron/hazards/list.service'
import { closedHazard, hazardSchool, register, start, type HazardSchool } from './fixture'

/** Returns the instant a Beijing wall clock shows as `wallClock`. */
function beijing(wallClock: string): Date {
  return new Date(`${wallClock}+08:00`)
}

describe('school calendar dates', () => {
  it('takes today from the Beijing wall clock, not from UTC', () => {
    expect(localDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
    expect(localDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
    expect(localDate(new Date('2026-02-28T16:30:00Z'))).toBe('2026-03-01')
    expect(localDate(new Date('2028-02-28T16:30:00Z'))).toBe('2028-02-29')
  })

  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30)
  })

  it('is not overdue on the deadline day itself', () => {
    expect(overdueDays('2026-12-04', '2026-12-04')).toBe(0)
    expect(overdueDays('2026-12-04', '2026-12-05')).toBe(1)
    expect(overdueDays('2026-12-04', '2026-12-01')).toBe(0)
    expect(overdueDays(null, '2026-12-05')).toBe(0)
  })
})

async function rectifying(school: HazardSchool, foundOn: string, deadline: string): Promise<number> {
  const { hazard } = await register(school, { foundOn })
  await start(school, hazard.id, { deadline })
  return hazard.id
}

function overdueOnly() {
  return hazardListInput.parse({ overdueOnly: true })
}

describe('overdue hazards', () => {
  it('becomes overdue at midnight after a month-end deadline', async () => {
    const school = await hazardSchool()
    const id = await rectifying(school, '2026-11-20', '2026-11-30')
    const db = school.schoolDb.db

    expect((await getHazardDetail(db, id, beijing('2026-11-30T23:59:00'))).overdueDays).toBe(0)
    expect((await listHazards(db, overdueOnly(), beijing('2026-11-30T23:59:00'))).total).toBe(0)

    const next = beijing('2026-12-01T00:01:00')
    expect((await getHazardDetail(db, id, next)).overdueDays).toBe(1)
    const listed = await listHazards(db, overdueOnly(), next)
    expect(listed.rows.map((row) => [row.id, row.overdueDays])).toEqual([[id, 1]])
    expect(listed.overdueCount).toBe(1)
  })

  it('becomes overdue across the year end', async () => {
    const school = await hazardSchool()
    const id = await rectifying(school, '2026-12-01', '2026-12-31')
    const db = school.schoolDb.db

    expect((await listHazards(db, overdueOnly(), beijing('2026-12-31T23:30:00'))).total).toBe(0)
    // At 04:00 on New Year's Day in Beijing the UTC date is still 31 December.
    const newYear = beijing('2027-01-01T04:00:00')
    expect(newYear.toISOString().slice(0, 10)).toBe('2026-12-31')
    expect((await listHazards(db, overdueOnly(), newYear)).rows.map((row) => [row.id, row.overdueDays])).toEqual([[id, 1]])
    expect((await getHazardDetail(db, id, beijing('2027-01-10T09:00:00'))).overdueDays).toBe(10)
  })

  it('never counts a closed hazard as overdue', async () => {
    const school = await hazardSchool()
    const { hazard } = await closedHazard(school)
    const later = beijing('2027-03-01T09:00:00')
    expect((await getHazardDetail(school.schoolDb.db, hazard.id, later)).overdueDays).toBe(0)
    expect((await listHazards(school.schoolDb.db, overdueOnly(), later)).total).toBe(0)
  })

  it('puts 重大 and overdue hazards on the 督办 list, 重大 first', async () => {
    const school = await hazardSchool()
    const late = await rectifying(school, '2026-11-20', '2026-11-30')
    const onTime = await rectifying(school, '2026-11-20', '2026-12-20')
    const major = (await register(school, { grade: 'major' })).hazard.id
    const latest = await rectifying(school, '2026-11-20', '2026-11-25')

    const listed = await listSupervision(school.schoolDb.db, beijing('2026-12-04T10:00:00'))
    expect(listed.rows.map((row) => row.id)).toEqual([major, latest, late])
    expect(listed.rows.map((row) => row.overdueDays)).toEqual([0, 9, 4])
    expect(listed.rows.some((row) => row.id === onTime)).toBe(false)
  })
})
