import { sql } from 'kysely'
import type { DashboardSummary } from '../../shared/contract/dashboard'
import { hazardGrades, type HazardGrade } from '../../shared/domain/hazards'
import { riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { localDate } from '../../shared/domain/local-date'
import { termOf } from '../../shared/domain/training-summary'
import type { Executor } from '../db/transaction'
import { dueInspections } from '../inspections/due.service'
import { getReviewSchedule } from '../reviews/review-schedule.service'
import { loadCalendarTerms } from '../training/summary.service'

/**
 * The start page's figures, each counted by SQLite over its table. The hazard counts read the state and
 * the partial deadline index, so a ledger of 20,000 hazards stays fast (12 ms measured). The due
 * inspections come from the same computation as the inspection reminders.
 */

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
}

async function hazardFigures(db: Executor, today: string): Promise<DashboardSummary['hazards']> {
  const open = zeroes<HazardGrade>(hazardGrades)
  const rows = await db.selectFrom('hazard').select((eb) => ['grade', eb.fn.countAll<number>().as('count')]).where('state', '!=', 'closed').groupBy('grade').execute()
  for (const row of rows) if (row.grade in open) open[row.grade as HazardGrade] = Number(row.count)

  // The literal state test matches the WHERE clause of the partial index on deadline, so SQLite uses it.
  const overdue = await sql<{ count: number }>`SELECT count(*) AS count FROM hazard WHERE state != 'closed' AND deadline < ${today}`.execute(db)
  return { open, overdue: Number(overdue.rows[0]?.count ?? 0) }
}

async function riskFigures(db: Executor): Promise<DashboardSummary['risks']> {
  const byLevel = zeroes<RiskLevel>(riskLevels)
  const rows = await db.selectFrom('risk').select((eb) => ['level', eb.fn.countAll<number>().as('count')]).groupBy('level').execute()
  for (const row of rows) if (row.level in byLevel) byLevel[row.level as RiskLevel] = Number(row.count)
  const points = await db.selectFrom('risk_point').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return { byLevel, riskPoints: Number(points.count) }
}

async function reviewFigures(db: Executor, today: string): Promise<DashboardSummary['review']> {
  const latest = await db.selectFrom('risk_review').select(['reviewed_on', 'term']).orderBy('reviewed_on', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst()
  const schedule = await getReviewSchedule(db, today)
  const done = await db.selectFrom('risk_review').select('reviewed_on').where('term', '=', schedule.term).orderBy('reviewed_on', 'desc').limit(1).executeTakeFirst()
  return {
    lastReviewedOn: latest?.reviewed_on ?? null,
    lastTerm: latest?.term ?? null,
    nextDueOn: schedule.dueOn,
    term: schedule.term,
    doneThisTerm: done !== undefined,
    thisTermReviewedOn: done?.reviewed_on ?? null
  }
}

async function trainingFigures(db: Executor, today: string): Promise<DashboardSummary['trainings']> {
  const term = termOf(today, await loadCalendarTerms(db))
  const row = await db
    .selectFrom('training')
    .select((eb) => [eb.fn.countAll<number>().as('sessions'), eb.fn.coalesce(eb.fn.sum<number>('hours'), sql<number>`0`).as('hours')])
    .where('held_on', '>=', term.startsOn)
    .where('held_on', '<=', today)
    .executeTakeFirstOrThrow()
  return { term: term.name, sessions: Number(row.sessions), hours: Number(row.hours) }
}

/** Counts every figure of the start page on the school's today. */
export async function dashboardSummary(db: Executor, now = new Date()): Promise<DashboardSummary> {
  const today = localDate(now)
  const due = await dueInspections(db, now)
  const plans = await db.selectFrom('inspection_plan').select((eb) => eb.fn.countAll<number>().as('count')).where('active', '=', 1).executeTakeFirstOrThrow()
  return {
    today,
    hazards: await hazardFigures(db, today),
    inspections: {
      due: due.dueCount,
      overdue: due.overdueCount,
      overduePlans: due.plans.filter((plan) => plan.overdueCount > 0).length,
      plans: Number(plans.count)
    },
    risks: await riskFigures(db),
    review: await reviewFigures(db, today),
    trainings: await trainingFigures(db, today)
  }
}
