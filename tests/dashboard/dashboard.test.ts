import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { dashboardSummary } from '../../electron/dashboard/dashboard.service'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/handlers'
import { SchoolSession } from '../../electron/handlers/session'
import { HarnessPlatform } from '../../electron/harness/harness-platform'
import { JobRegistry } from '../../electron/jobs/job-registry'
import { buildLargeLedgerSchool } from '../../bench/hazard-school'
import { completeReviewInput } from '../../shared/schemas/review-inputs'
import { completeReview } from '../../electron/reviews/reviews.service'
import { newSchool, tempFolder, track } from '../helpers/temp'
import { currentReviewTerm, lastReviewTerm, seedDashboardSchool, termName } from './fixture'

/** Noon of Friday 4 December 2026 in Jiaozuo. */
const now = new Date('2026-12-04T04:00:00.000Z')

describe('dashboard:get', () => {
  it('counts every figure of a constructed school', async () => {
    const school = await newSchool()
    await seedDashboardSchool(school.db, now)
    const summary = await dashboardSummary(school.db, now)

    expect(summary.today).toBe('2026-12-04')
    expect(summary.hazards.open).toEqual({ general: 3, major: 1 })
    expect(summary.hazards.overdue).toBe(1)
    expect(summary.risks.byLevel).toEqual({ major: 1, high: 6, medium: 3, low: 1 })
    expect(summary.risks.riskPoints).toBe(2)
    expect(summary.trainings).toEqual({ term: termName, sessions: 1, hours: 2 })
    expect(summary.review).toEqual({
      lastReviewedOn: '2026-10-05',
      lastTerm: lastReviewTerm,
      nextDueOn: '2026-12-14',
      term: currentReviewTerm,
      doneThisTerm: false,
      thisTermReviewedOn: null
    })
  })

  it('dates the current term review once recorded', async () => {
    const school = await newSchool()
    await seedDashboardSchool(school.db, now)
    await completeReview(school.db, completeReviewInput.parse({ term: currentReviewTerm, reviewedOn: '2026-12-04', reviewer: '王建国', summary: '' }), now)
    const summary = await dashboardSummary(school.db, now)

    expect(summary.review).toMatchObject({ lastReviewedOn: '2026-12-04', term: currentReviewTerm, doneThisTerm: true, thisTermReviewedOn: '2026-12-04' })
  })

  it('counts due and overdue inspections of the last 30 days', async () => {
    // The plans were adopted on Sunday 1 November and the look-back reaches 4 November. The weekly plan
    // has one inspection, on 18 November, so the weeks of 2–8, 9–15 and 23–29 November are overdue and
    // this week is due. The monthly plan has none, so November is overdue and December is due. Both plans have
    // overdue periods.
    const school = await newSchool()
    await seedDashboardSchool(school.db, now)
    const summary = await dashboardSummary(school.db, now)

    expect(summary.inspections).toEqual({ due: 2, overdue: 4, overduePlans: 2, plans: 2 })
  })

  it('answers through the channel table', async () => {
    const ctx: HandlerContext = {
      session: new SchoolSession(await newSchool()),
      platform: new HarnessPlatform(null),
      jobs: new JobRegistry(),
      outputsJob: () => async () => {
        throw new Error('not used')
      },
      harness: true,
      chosen: new Map()
    }
    const result = await dispatch(ctx, 'dashboard:get', {})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const value = result.value as Awaited<ReturnType<typeof dashboardSummary>>
    expect(value.hazards.open).toEqual({ general: 0, major: 0 })
    expect(value.risks.riskPoints).toBe(0)
    expect(value.inspections.plans).toBe(0)
    expect(value.review.lastReviewedOn).toBeNull()
  })
})

describe('dashboard over a 20,000-hazard ledger', () => {
  it('counts open and overdue hazards through the indexes', async () => {
    const school = track(await buildLargeLedgerSchool(join(tempFolder('dashboard-large-'), '大台账学校.school')))
    const summary = await dashboardSummary(school.db, now)

    const expected = school.sqlite
      .prepare(`SELECT grade, count(*) AS count, sum(deadline < ?) AS overdue FROM hazard WHERE state != 'closed' GROUP BY grade`)
      .all('2026-12-04') as { grade: string; count: number; overdue: number }[]
    const byGrade = Object.fromEntries(expected.map((row) => [row.grade, row.count]))
    expect(summary.hazards.open).toEqual({ general: byGrade.general ?? 0, major: byGrade.major ?? 0 })
    expect(summary.hazards.overdue).toBe(expected.reduce((sum, row) => sum + row.overdue, 0))

    const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT count(*) AS count FROM hazard WHERE state != 'closed' AND deadline < ${'2026-12-04'}`.execute(school.db)
    expect(plan.rows.map((row) => row.detail).join('\n')).toContain('hazard_deadline')
  })
})
