import { describe, expect, it } from 'vitest'
import type { CalendarKind } from '../../shared/domain/calendar'
import type { CheckFrequency } from '../../shared/domain/checks'
import { calendarForSchoolYear } from '../../shared/inspections/calendar-proposal'
import { computeDue, type DueInspection, type DuePlan } from '../../shared/inspections/due'

/** The 2026—2027 school year: terms 2026-09-01 to 2027-01-20 and 2027-02-21 to 07-05, holidays, seasons. */
const calendar = calendarForSchoolYear(2026)

function duePlan(frequency: CheckFrequency, createdOn: string, extra: Partial<DuePlan> = {}): DuePlan {
  return { id: 1, name: '测试计划', frequency, beforeKind: null, active: true, startsOn: null, endsOn: null, createdOn, ...extra }
}

function done(...days: string[]): DueInspection[] {
  return days.map((day, index) => ({ id: index + 1, planId: 1, inspectedOn: day }))
}

interface Case {
  name: string
  plan: DuePlan
  inspections: DueInspection[]
  today: string
  /** The period containing today and its state, or null. */
  current: { startsOn: string; endsOn: string; state: string } | null
  overdue: string[]
  next: string | null
}

const cases: Case[] = [
  {
    name: 'daily: the days since the plan, today due',
    plan: duePlan('daily', '2026-11-30'),
    inspections: done('2026-12-02', '2026-12-03'),
    today: '2026-12-04',
    current: { startsOn: '2026-12-04', endsOn: '2026-12-04', state: 'due' },
    overdue: ['2026-11-30', '2026-12-01'],
    next: '2026-12-07'
  },
  {
    name: 'daily: nothing due on a Saturday',
    plan: duePlan('daily', '2026-12-03'),
    inspections: done('2026-12-03', '2026-12-04'),
    today: '2026-12-05',
    current: null,
    overdue: [],
    next: '2026-12-07'
  },
  {
    name: 'per shift: counted by school day, none in the National Day holiday',
    plan: duePlan('perShift', '2026-09-28'),
    inspections: done('2026-09-28', '2026-09-29'),
    today: '2026-10-05',
    current: null,
    overdue: ['2026-09-30'],
    next: '2026-10-08'
  },
  {
    name: 'per lesson and per trip: one check a school day',
    plan: duePlan('perLesson', '2026-12-01'),
    inspections: done('2026-12-01', '2026-12-01', '2026-12-03'),
    today: '2026-12-03',
    current: { startsOn: '2026-12-03', endsOn: '2026-12-03', state: 'done' },
    overdue: ['2026-12-02'],
    next: '2026-12-04'
  },
  {
    name: 'per trip: a Monday after the weekend',
    plan: duePlan('perTrip', '2026-12-04'),
    inspections: done('2026-12-04'),
    today: '2026-12-07',
    current: { startsOn: '2026-12-07', endsOn: '2026-12-07', state: 'due' },
    overdue: [],
    next: '2026-12-08'
  },
  {
    name: 'daily: the last days of term overdue in the winter holiday, next in the new term',
    plan: duePlan('daily', '2027-01-18'),
    inspections: [],
    today: '2027-01-25',
    current: null,
    overdue: ['2027-01-18', '2027-01-19', '2027-01-20'],
    next: '2027-02-22'
  },
  {
    name: 'daily: New Year’s Day is no school day',
    plan: duePlan('daily', '2026-12-30'),
    inspections: done('2026-12-30', '2026-12-31'),
    today: '2027-01-01',
    current: null,
    overdue: [],
    next: '2027-01-04'
  },
  {
    name: 'weekly: the week across the year end is due',
    plan: duePlan('weekly', '2026-12-20'),
    inspections: done('2026-12-22'),
    today: '2027-01-01',
    current: { startsOn: '2026-12-28', endsOn: '2027-01-03', state: 'due' },
    overdue: ['2026-12-14'],
    next: '2027-01-04'
  },
  {
    name: 'weekly: a week wholly in the winter holiday is not asked for',
    plan: duePlan('weekly', '2027-01-11'),
    inspections: done('2027-01-12', '2027-01-19'),
    today: '2027-02-03',
    current: null,
    overdue: [],
    next: '2027-02-22'
  },
  {
    name: 'monthly: December overdue, January due',
    plan: duePlan('monthly', '2026-11-10'),
    inspections: done('2026-11-20'),
    today: '2027-01-05',
    current: { startsOn: '2027-01-01', endsOn: '2027-01-31', state: 'due' },
    overdue: ['2026-12-01'],
    next: '2027-02-01'
  },
  {
    name: 'monthly: August has no school day',
    plan: duePlan('monthly', '2027-06-01'),
    inspections: done('2027-06-15'),
    today: '2027-08-10',
    current: null,
    overdue: ['2027-07-01'],
    next: null
  },
  {
    name: 'term: the first term done, none current in the holiday',
    plan: duePlan('term', '2026-08-20'),
    inspections: done('2026-10-15'),
    today: '2027-01-25',
    current: null,
    overdue: [],
    next: '2027-02-21'
  },
  {
    name: 'term: a term ended without a check is overdue',
    plan: duePlan('term', '2026-08-20'),
    inspections: [],
    today: '2027-01-25',
    current: null,
    overdue: ['2026-09-01'],
    next: '2027-02-21'
  },
  {
    name: 'yearly: the old year overdue, the new year due',
    plan: duePlan('yearly', '2026-03-01'),
    inspections: [],
    today: '2027-01-05',
    current: { startsOn: '2027-01-01', endsOn: '2027-12-31', state: 'due' },
    overdue: ['2026-01-01'],
    next: '2028-01-01'
  },
  {
    name: 'before holiday: the week before National Day is due',
    plan: duePlan('beforeHoliday', '2026-08-20', { beforeKind: 'holiday' }),
    inspections: [],
    today: '2026-09-28',
    current: { startsOn: '2026-09-24', endsOn: '2026-09-30', state: 'due' },
    overdue: [],
    next: '2026-12-25'
  },
  {
    name: 'before holiday: done inside the window',
    plan: duePlan('beforeHoliday', '2026-08-20', { beforeKind: 'holiday' }),
    inspections: done('2026-09-26'),
    today: '2026-09-28',
    current: { startsOn: '2026-09-24', endsOn: '2026-09-30', state: 'done' },
    overdue: [],
    next: '2026-12-25'
  },
  {
    name: 'before holiday: a check in the holiday itself does not count',
    plan: duePlan('beforeHoliday', '2026-08-20', { beforeKind: 'holiday' }),
    inspections: done('2026-10-02'),
    today: '2026-10-03',
    current: null,
    overdue: ['2026-09-24'],
    next: '2026-12-25'
  },
  {
    name: 'before term: the week before the second term',
    plan: duePlan('beforeHoliday', '2026-08-20', { beforeKind: 'term' }),
    inspections: [],
    today: '2027-02-15',
    current: { startsOn: '2027-02-14', endsOn: '2027-02-20', state: 'due' },
    overdue: [],
    next: null
  },
  {
    name: 'before season: the week before the flood season',
    plan: duePlan('beforeSeason', '2026-08-20', { beforeKind: 'flood-season' }),
    inspections: [],
    today: '2027-05-28',
    current: { startsOn: '2027-05-25', endsOn: '2027-05-31', state: 'due' },
    overdue: [],
    next: null
  },
  {
    name: 'before season: the week before the heating season',
    plan: duePlan('beforeSeason', '2026-08-20', { beforeKind: 'heating-season' }),
    inspections: [],
    today: '2026-11-10',
    current: { startsOn: '2026-11-08', endsOn: '2026-11-14', state: 'due' },
    overdue: [],
    next: null
  },
  {
    name: 'before holiday: a plan made inside a window is due at once',
    plan: duePlan('beforeHoliday', '2026-09-29', { beforeKind: 'holiday' }),
    inspections: [],
    today: '2026-09-29',
    current: { startsOn: '2026-09-24', endsOn: '2026-09-30', state: 'due' },
    overdue: [],
    next: '2026-12-25'
  },
  {
    name: 'a plan with a start date asks nothing before it',
    plan: duePlan('daily', '2026-08-20', { startsOn: '2026-12-03' }),
    inspections: [],
    today: '2026-12-04',
    current: { startsOn: '2026-12-04', endsOn: '2026-12-04', state: 'due' },
    overdue: ['2026-12-03'],
    next: '2026-12-07'
  },
  {
    name: 'a plan that ended asks nothing after its end',
    plan: duePlan('daily', '2026-11-30', { endsOn: '2026-12-01' }),
    inspections: done('2026-11-30'),
    today: '2026-12-04',
    current: null,
    overdue: ['2026-12-01'],
    next: null
  },
  {
    name: 'undone periods older than the look-back are left out',
    plan: duePlan('daily', '2026-09-01'),
    inspections: [],
    today: '2026-09-03',
    current: { startsOn: '2026-09-03', endsOn: '2026-09-03', state: 'due' },
    overdue: ['2026-09-01', '2026-09-02'],
    next: '2026-09-04'
  }
]

describe('computeDue', () => {
  it.each(cases)('$name', (entry) => {
    const summary = computeDue([entry.plan], calendar, entry.inspections, entry.today)
    const [plan] = summary.plans
    const current = plan.current ? { startsOn: plan.current.startsOn, endsOn: plan.current.endsOn, state: plan.current.state } : null
    expect(current).toEqual(entry.current)
    expect(plan.periods.filter((period) => period.state === 'overdue').map((period) => period.startsOn)).toEqual(entry.overdue)
    expect(plan.overdueCount).toBe(entry.overdue.length)
    expect(plan.next?.startsOn ?? null).toBe(entry.next)
  })

  it('reports only within the look-back', () => {
    const summary = computeDue([duePlan('daily', '2026-09-01')], calendar, [], '2026-12-04', 7)
    expect(summary.plans[0].periods.map((period) => period.startsOn)).toEqual(['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'])
  })

  it('counts only the plan’s own inspections', () => {
    const other: DueInspection[] = [{ id: 9, planId: 2, inspectedOn: '2026-12-04' }]
    const summary = computeDue([duePlan('daily', '2026-12-04')], calendar, other, '2026-12-04')
    expect(summary.plans[0].current?.state).toBe('due')
  })

  it('leaves inactive plans out', () => {
    const summary = computeDue([duePlan('daily', '2026-11-30', { active: false })], calendar, [], '2026-12-04')
    expect(summary.plans).toEqual([])
    expect(summary.dueCount).toBe(0)
  })

  it('sums due and overdue over the plans', () => {
    const plans = [duePlan('daily', '2026-11-30'), { ...duePlan('weekly', '2026-11-30'), id: 2 }, { ...duePlan('monthly', '2026-11-30'), id: 3 }]
    const inspections = [...done('2026-12-02'), { id: 10, planId: 3, inspectedOn: '2026-11-30' }]
    const summary = computeDue(plans, calendar, inspections, '2026-12-04')
    // Today, this week and this month are all still to do.
    expect(summary.dueCount).toBe(3)
    // Daily: 11-30, 12-01 and 12-03. The week of 11-30 is this week, and November was checked on 11-30.
    expect(summary.overdueCount).toBe(3)
    expect(summary.currentTerm?.name).toBe('2026—2027学年第一学期')
  })

  it('assumes the usual dates of the kinds the school has not entered', () => {
    const entered = calendar.filter((period) => period.kind === 'term')
    const summary = computeDue([duePlan('beforeHoliday', '2026-08-20', { beforeKind: 'holiday' })], entered, [], '2026-09-28')
    expect(summary.assumedKinds).toEqual<CalendarKind[]>(['holiday', 'flood-season', 'heating-season'])
    expect(summary.plans[0].current?.label).toBe('国庆节前')
  })

  it('works on the usual calendar when nothing is entered', () => {
    const summary = computeDue([duePlan('daily', '2026-12-01')], [], [], '2026-12-04')
    expect(summary.assumedKinds).toEqual<CalendarKind[]>(['term', 'holiday', 'flood-season', 'heating-season'])
    expect(summary.plans[0].current?.state).toBe('due')
  })
})
