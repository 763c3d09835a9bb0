import type { Selectable } from 'kysely'
import { z } from 'zod'
import { riskLevels, type RiskLevel } from '../../shared/domain/levels'
import {
  compareSnapshots,
  snapshotOf,
  type PendingReview,
  type ReviewSnapshotEntry,
  type RiskReview,
  type RiskReviewRecord
} from '../../shared/domain/reviews'
import { AppError } from '../../shared/errors'
import { reviewSnapshotEntrySchema } from '../../shared/exchange/school-data'
import type { CompleteReviewInput } from '../../shared/schemas/review-inputs'
import type { RiskReviewTable } from '../db/schema'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { createLogger } from '../logging/logger'
import { loadRiskPoints } from '../risks/risk.repository'
import { localToday } from './review-schedule.service'

const log = createLogger('reviews')
const snapshotSchema = z.array(reviewSnapshotEntrySchema)

function parseSnapshot(row: Selectable<RiskReviewTable>): ReviewSnapshotEntry[] {
  const parsed = snapshotSchema.safeParse(JSON.parse(row.snapshot))
  if (parsed.success) return parsed.data
  // A damaged snapshot makes every risk look added in the next comparison, so the log records it.
  log.warn(`risk review ${row.id} has an unreadable snapshot; it is treated as empty`)
  return []
}

function toReview(row: Selectable<RiskReviewTable>): RiskReview {
  return {
    id: row.id,
    term: row.term,
    reviewedOn: row.reviewed_on,
    reviewer: row.reviewer,
    summary: row.summary,
    createdAt: row.created_at,
    snapshot: parseSnapshot(row)
  }
}

/** Lists the reviews oldest first (by review date, then by entry), the order the change record prints. */
export async function loadReviews(db: Executor): Promise<RiskReview[]> {
  const rows = await db.selectFrom('risk_review').selectAll().orderBy('reviewed_on').orderBy('id').execute()
  return rows.map(toReview)
}

function countLevels(snapshot: readonly ReviewSnapshotEntry[]): Record<RiskLevel, number> {
  const counts = Object.fromEntries(riskLevels.map((level) => [level, 0])) as Record<RiskLevel, number>
  for (const entry of snapshot) counts[entry.level] += 1
  return counts
}

function toRecord(review: RiskReview, previous: RiskReview | undefined): RiskReviewRecord {
  const { snapshot, ...rest } = review
  return { ...rest, riskCount: snapshot.length, counts: countLevels(snapshot), comparison: compareSnapshots(previous?.snapshot ?? null, snapshot) }
}

/** Lists the reviews newest first, each compared with the review before it. */
export async function listReviews(db: Executor): Promise<RiskReviewRecord[]> {
  const reviews = await loadReviews(db)
  return reviews.map((review, index) => toRecord(review, reviews[index - 1])).reverse()
}

/** Compares the risk list as it is now with the latest review: what completing a review now would record. */
export async function pendingReview(db: Executor): Promise<PendingReview> {
  const reviews = await loadReviews(db)
  const latest = reviews[reviews.length - 1]
  const current = snapshotOf(await loadRiskPoints(db))
  return {
    previous: latest ? { term: latest.term, reviewedOn: latest.reviewedOn } : null,
    riskCount: current.length,
    comparison: compareSnapshots(latest?.snapshot ?? null, current)
  }
}

function assertReviewDate(reviewedOn: string, today: string, latest: RiskReview | undefined): void {
  if (reviewedOn > today) {
    throw new AppError({ code: 'out-of-range', field: '评审日期', value: reviewedOn, detail: `不能晚于今天（${today}），请填写实际评审的日期` })
  }
  if (latest && reviewedOn < latest.reviewedOn) {
    throw new AppError({ code: 'out-of-range', field: '评审日期', value: reviewedOn, detail: `不能早于上次评审日期 ${latest.reviewedOn}` })
  }
}

/**
 * Records a completed review with a snapshot of the risk list as it is now, and returns it compared with the
 * review before it. A school without risks has nothing to review yet.
 */
export async function completeReview(db: Db, input: CompleteReviewInput, now = new Date()): Promise<RiskReviewRecord> {
  return write(db, async (trx) => {
    const reviews = await loadReviews(trx)
    const latest = reviews[reviews.length - 1]
    const reviewedOn = input.reviewedOn ?? localToday(now)
    assertReviewDate(reviewedOn, localToday(now), latest)

    const snapshot = snapshotOf(await loadRiskPoints(trx))
    if (snapshot.length === 0) {
      throw new AppError({ code: 'invalid-input', field: '风险清单', detail: '还没有辨识任何风险，请先在建设向导中完成风险辨识和评价，再开展评审' })
    }

    const row = await trx
      .insertInto('risk_review')
      .values({ term: input.term, reviewed_on: reviewedOn, reviewer: input.reviewer, summary: input.summary, snapshot: JSON.stringify(snapshot), created_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow()
    const record = toRecord(toReview(row), latest)
    const { added, removed, changed } = record.comparison
    await audit(trx, {
      entity: 'risk_review',
      entityId: row.id,
      action: 'create',
      after: { term: input.term, reviewedOn, reviewer: input.reviewer, risks: snapshot.length, added: added.length, removed: removed.length, changed: changed.length }
    })
    return record
  })
}
