import { describe, expect, it } from 'vitest'
import { defaultTerm, summariseTraining, termOf } from '../../shared/domain/training-summary'
import type { Training } from '../../shared/domain/training'
import { trainingSummary } from '../../electron/training/summary.service'
import { saveTraining } from '../../electron/training/training.service'
import { newSchool } from '../helpers/temp'
import { addPeople, trainingOf } from './records-fixture'

const staff = [
  { id: 1, name: '李文博', department: '校长室' },
  { id: 2, name: '冯磊', department: '初中部' },
  { id: 3, name: '华秀英', department: '总务处' },
  { id: 4, name: '尤志勇', department: '食堂' }
]

function session(id: number, heldOn: string, hours: number, attendeeIds: number[], kind: Training['kind'] = 'special') {
  return { id, heldOn, hours, kind, attendeeIds }
}

describe('term of a day', () => {
  it('assumes September–January and February–July terms with the holidays before them', () => {
    expect(defaultTerm('2026-09-01')).toEqual({ name: '2026—2027学年第一学期', startsOn: '2026-08-01', endsOn: '2027-01-31' })
    expect(defaultTerm('2026-08-25').name).toBe('2026—2027学年第一学期')
    expect(defaultTerm('2027-01-20').name).toBe('2026—2027学年第一学期')
    expect(defaultTerm('2027-02-01')).toEqual({ name: '2026—2027学年第二学期', startsOn: '2027-02-01', endsOn: '2027-07-31' })
    expect(defaultTerm('2027-07-31').name).toBe('2026—2027学年第二学期')
  })

  it('takes the school calendar when a term contains the day', () => {
    const calendar = [{ name: '2026年秋季学期', startsOn: '2026-08-30', endsOn: '2027-01-22' }]
    expect(termOf('2026-10-01', calendar)).toEqual({ ...calendar[0], fromCalendar: true })
    expect(termOf('2026-08-20', calendar)).toMatchObject({ name: '2026—2027学年第一学期', fromCalendar: false })
  })
})

describe('training summary', () => {
  const trainings = [
    session(1, '2026-03-10', 2, [1, 2, 3]),
    session(2, '2026-09-05', 3, [1, 2], 'all-staff'),
    session(3, '2026-10-20', 1.5, [2, 4]),
    session(4, '2025-11-01', 4, [3])
  ]

  it('counts sessions and hours per person for the term and the calendar year', () => {
    const summary = summariseTraining({ staff, trainings, on: '2026-11-01' })
    expect(summary.term.name).toBe('2026—2027学年第一学期')
    expect(summary.year).toEqual({ name: '2026年度', startsOn: '2026-01-01', endsOn: '2026-12-31' })
    expect([summary.termSessions, summary.termHours, summary.termAttendances]).toEqual([2, 4.5, 4])
    expect([summary.yearSessions, summary.yearHours, summary.yearAttendances]).toEqual([3, 6.5, 7])

    const byName = Object.fromEntries(summary.people.map((person) => [person.name, person]))
    expect(byName['冯磊']).toMatchObject({ termSessions: 2, termHours: 4.5, yearSessions: 3, yearHours: 6.5, lastHeldOn: '2026-10-20', untrained: false })
    expect(byName['华秀英']).toMatchObject({ termSessions: 0, termHours: 0, yearSessions: 1, yearHours: 2, lastHeldOn: '2026-03-10', untrained: true })
  })

  it('lists the untrained with make-up deadlines', () => {
    const summary = summariseTraining({ staff, trainings, on: '2026-09-15' })
    expect(summary.untrainedIds).toEqual([3, 4])
    const missing = summary.people.find((person) => person.staffId === 3)
    expect(missing).toMatchObject({ untrained: true, makeUpBy: '2026-09-19', makeUpOverdue: false })

    const later = summariseTraining({ staff, trainings, on: '2026-09-20' })
    expect(later.people.find((person) => person.staffId === 3)).toMatchObject({ makeUpBy: '2026-09-19', makeUpOverdue: true })
    // 尤志勇 attended on 10-20, after the make-up deadline: he is no longer on the list then.
    expect(summariseTraining({ staff, trainings, on: '2026-10-21' }).untrainedIds).toEqual([3])
  })

  it('gives no deadline while the term has had no whole-staff session', () => {
    const summary = summariseTraining({ staff, trainings: [session(1, '2026-09-05', 2, [1])], on: '2026-09-10' })
    expect(summary.people.find((person) => person.staffId === 2)).toMatchObject({ untrained: true, makeUpBy: null, makeUpOverdue: false })
  })

  it('reads the school calendar and the records of the school file', async () => {
    const { db, sqlite } = await newSchool()
    const ids = await addPeople(db)
    sqlite.prepare(`INSERT INTO calendar_period (kind, name, starts_on, ends_on) VALUES ('term', '2026年秋季学期', '2026-08-30', '2027-01-22')`).run()
    await saveTraining(db, trainingOf({ heldOn: '2026-09-01', attendeeIds: [ids.get('冯磊'), ids.get('褚慧')] }), [], { today: '2026-12-04' })

    const summary = await trainingSummary(db, '2026-10-01')
    expect(summary.term).toMatchObject({ name: '2026年秋季学期', fromCalendar: true })
    expect(summary.untrainedIds).toEqual(['李文博', '张海涛', '尤志勇', '华秀英'].map((name) => ids.get(name)))
    expect(summary.people.find((person) => person.name === '冯磊')).toMatchObject({ termSessions: 1, termHours: 2 })
  })
})
