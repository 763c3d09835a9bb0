import { describe, expect, it } from 'vitest'
import { compareSnapshots, daysBetween, termOf, type ReviewSnapshotEntry } from '../../shared/domain/reviews'
import { schoolDataSchema } from '../../shared/exchange/school-data'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { riskInput } from '../../shared/schemas/inputs'
import { completeReviewInput, reviewScheduleInput, term } from '../../shared/schemas/review-inputs'
import type { Db } from '../../electron/db/transaction'
import { getReviewSchedule, reviewReminder, saveReviewSchedule } from '../../electron/reviews/review-schedule.service'
import { completeReview, listReviews, pendingReview } from '../../electron/reviews/reviews.service'
import { deleteRisk, saveRisk } from '../../electron/risks/risks.service'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { dumpContent } from '../helpers/dump'
import { seedGradedSchool, type GradedSchool } from '../helpers/graded-school'
import { newSchool } from '../helpers/temp'

const firstTerm = '2026—2027学年第一学期'

function entry(riskId: number, level: ReviewSnapshotEntry['level'], hazard = `风险${riskId}`): ReviewSnapshotEntry {
  return { riskId, pointCode: 'FX-001', pointName: '教学区', hazard, level, score: null, method: 'direct' }
}

function review(reviewedOn: string, reviewer = '王建国', termText = firstTerm) {
  return completeReviewInput.parse({ term: termText, reviewedOn, reviewer, summary: '逐项复核风险点和管控措施' })
}

/** Changes the seeded school between two reviews: one risk added, one deleted, one regraded from 较大 to 重大. */
async function changeRisks(db: Db, seeded: GradedSchool): Promise<void> {
  await saveRisk(db, riskInput.parse({ riskPointId: seeded.pointIds.campus, hazard: '新建围墙未验收', factorType: '物的因素', accidentTypes: ['10'], method: 'direct', directLevel: 'low' }))
  await deleteRisk(db, seeded.riskIds['旗杆拉绳磨损'])
  await saveRisk(db, riskInput.parse({ id: seeded.riskIds['围墙局部开裂倾斜'], riskPointId: seeded.pointIds.campus, hazard: '围墙局部开裂倾斜', factorType: '物的因素', accidentTypes: ['10'], method: 'ls', lsL: 5, lsS: 4 }))
}

describe('compareSnapshots', () => {
  it('finds added, removed and regraded risks by id', () => {
    const before = [entry(1, 'low'), entry(2, 'high'), entry(3, 'medium')]
    const after = [entry(2, 'major'), entry(3, 'medium'), entry(4, 'low')]
    const comparison = compareSnapshots(before, after)
    expect(comparison.first).toBe(false)
    expect(comparison.added.map((item) => item.riskId)).toEqual([4])
    expect(comparison.removed.map((item) => item.riskId)).toEqual([1])
    expect(comparison.changed).toEqual([expect.objectContaining({ riskId: 2, levelBefore: 'high', levelAfter: 'major' })])
  })

  it('marks the first review', () => {
    expect(compareSnapshots(null, [entry(1, 'low')])).toEqual({ first: true, added: [], removed: [], changed: [] })
  })
})

describe('term input', () => {
  it('writes any dash and 第1学期 as the standard form', () => {
    const schema = term('当前学期')
    expect(schema.parse('2026-2027学年第1学期')).toBe(firstTerm)
    expect(schema.parse(' 2026－2027 学年 第二学期 ')).toBe('2026—2027学年第二学期')
    expect(schema.parse('2026至2027学年第一学期')).toBe(firstTerm)
  })

  it('rejects a term that is not two following years', () => {
    const parsed = reviewScheduleInput.safeParse({ term: '2026—2028学年第一学期', dueOn: '2027-01-10' })
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(appErrorsFromZod(parsed.error)[0]).toMatchObject({ code: 'invalid-input', field: '当前学期', detail: expect.stringContaining('2026—2027') })
    const free = reviewScheduleInput.safeParse({ term: '今年上学期', dueOn: '2027-01-10' })
    if (!free.success) expect(appErrorsFromZod(free.error)[0]).toMatchObject({ code: 'invalid-input', field: '当前学期' })
    expect(free.success).toBe(false)
  })

  it('suggests the term a date falls in', () => {
    expect(termOf('2026-09-01')).toBe(firstTerm)
    expect(termOf('2027-01-20')).toBe(firstTerm)
    expect(termOf('2027-03-01')).toBe('2026—2027学年第二学期')
    expect(daysBetween('2026-12-31', '2027-01-14')).toBe(14)
  })
})

describe('review schedule and reminder', () => {
  it('reminds from 14 days before the due date, also when overdue', async () => {
    const { db } = await newSchool()
    expect(await reviewReminder(db, '2027-01-01')).toBeNull()
    await saveReviewSchedule(db, reviewScheduleInput.parse({ term: firstTerm, dueOn: '2027-01-15' }))

    expect(await reviewReminder(db, '2026-12-31')).toBeNull()
    expect(await reviewReminder(db, '2027-01-01')).toEqual({ term: firstTerm, dueOn: '2027-01-15', daysLeft: 14 })
    expect(await reviewReminder(db, '2027-01-18')).toEqual({ term: firstTerm, dueOn: '2027-01-15', daysLeft: -3 })
    expect(await getReviewSchedule(db, '2027-03-01')).toEqual({ term: firstTerm, dueOn: '2027-01-15' })
  })

  it('stops reminding once the term is reviewed', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    await saveReviewSchedule(db, reviewScheduleInput.parse({ term: firstTerm, dueOn: '2027-01-15' }))
    await completeReview(db, review('2027-01-05'), new Date(2027, 0, 5, 16))
    expect(await reviewReminder(db, '2027-01-10')).toBeNull()
  })

  it('suggests the current term while none is stored', async () => {
    const { db } = await newSchool()
    expect(await getReviewSchedule(db, '2027-03-02')).toEqual({ term: '2026—2027学年第二学期', dueOn: null })
  })
})

describe('risk reviews', () => {
  it('records a snapshot of the risk list at the first review', async () => {
    const { db } = await newSchool()
    await seedGradedSchool(db)
    const record = await completeReview(db, review('2026-09-20'), new Date(2026, 8, 20, 16))

    expect(record).toMatchObject({ term: firstTerm, reviewedOn: '2026-09-20', reviewer: '王建国', riskCount: 11, counts: { major: 1, high: 6, medium: 3, low: 1 } })
    expect(record.comparison).toEqual({ first: true, added: [], removed: [], changed: [] })
    const data = await loadSchoolData(db)
    expect(data.riskReviews?.[0].snapshot.find((item) => item.hazard === '食堂燃气管道老化泄漏')).toMatchObject({ pointCode: 'FX-001', pointName: '教学区', level: 'major', score: 20, method: 'ls' })
    expect(schoolDataSchema.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true)
  })

  it('compares the next review with the previous one', async () => {
    const { db } = await newSchool()
    const seeded = await seedGradedSchool(db)
    await completeReview(db, review('2026-09-20'), new Date(2026, 8, 20, 16))
    await changeRisks(db, seeded)

    const pending = await pendingReview(db)
    expect(pending.previous).toEqual({ term: firstTerm, reviewedOn: '2026-09-20' })
    expect(pending.comparison.added.map((item) => item.hazard)).toEqual(['新建围墙未验收'])

    const second = await completeReview(db, review('2027-01-08', '王建国、刘德福'), new Date(2027, 0, 8, 16))
    expect(second.comparison.added.map((item) => item.hazard)).toEqual(['新建围墙未验收'])
    expect(second.comparison.removed.map((item) => item.hazard)).toEqual(['旗杆拉绳磨损'])
    expect(second.comparison.changed).toEqual([
      expect.objectContaining({ hazard: '围墙局部开裂倾斜', levelBefore: 'high', levelAfter: 'major', scoreBefore: 16, scoreAfter: 20 })
    ])

    const list = await listReviews(db)
    expect(list.map((item) => [item.reviewedOn, item.comparison.first])).toEqual([
      ['2027-01-08', false],
      ['2026-09-20', true]
    ])
  })

  it('rejects a date in the future or before the last review', async () => {
    const { db, sqlite } = await newSchool()
    await seedGradedSchool(db)
    await completeReview(db, review('2026-09-20'), new Date(2026, 8, 20, 16))
    const before = dumpContent(sqlite)
    const today = new Date(2026, 9, 1, 9)
    await expect(completeReview(db, review('2026-10-02'), today)).rejects.toMatchObject({ data: { code: 'out-of-range', field: '评审日期', detail: expect.stringContaining('2026-10-01') } })
    await expect(completeReview(db, review('2026-09-19'), today)).rejects.toMatchObject({ data: { code: 'out-of-range', field: '评审日期', detail: '不能早于上次评审日期 2026-09-20' } })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('has nothing to review in a school without risks', async () => {
    const { db, sqlite } = await newSchool()
    const before = dumpContent(sqlite)
    await expect(completeReview(db, review('2026-09-20'), new Date(2026, 8, 20))).rejects.toMatchObject({ data: { code: 'invalid-input', field: '风险清单' } })
    expect(dumpContent(sqlite)).toBe(before)
  })
})
