import type { FileChild } from 'docx'
import { riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import { compareSnapshots, type ReviewComparison, type ReviewSnapshotEntry } from '../../../shared/domain/reviews'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { formatScore } from '../../../shared/grading/grade'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type RowValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { cm, portraitTextWidth } from '../layout/units'
import { chineseDate } from '../school/dates'
import { levelCell } from '../school/levels'
import type { SchoolIndex } from '../school/school-index'

type DataReview = NonNullable<SchoolData['riskReviews']>[number]

interface ComparedReview {
  review: DataReview
  comparison: ReviewComparison
}

const recordColumns = [
  { header: '评审日期', weight: 4, align: 'center' as const },
  { header: '学期', weight: 6 },
  { header: '新增风险', weight: 2, align: 'center' as const },
  { header: '删除风险', weight: 2, align: 'center' as const },
  { header: '等级变化', weight: 2, align: 'center' as const },
  { header: '评审人', weight: 3, align: 'center' as const },
  { header: '说明', weight: 6 }
]

/** Blank rows under an empty record, to write the first reviews in by hand. */
const blankRecordRows = 3

/** Orders the reviews oldest first and compares each with the one before it. */
function comparedReviews(data: SchoolData): ComparedReview[] {
  const reviews = [...(data.riskReviews ?? [])].sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.id - b.id)
  return reviews.map((review, index) => ({ review, comparison: compareSnapshots(index > 0 ? reviews[index - 1].snapshot : null, review.snapshot) }))
}

function countText(count: number): string {
  return `${count}项`
}

function recordRow({ review, comparison }: ComparedReview): RowValue {
  const summary = cleanText(review.summary)
  const note = comparison.first ? [`首次评审，登记风险${review.snapshot.length}项`, summary].filter(Boolean).join('；') : summary || '—'
  return [
    chineseDate(review.reviewedOn),
    cleanText(review.term),
    comparison.first ? '—' : countText(comparison.added.length),
    comparison.first ? '—' : countText(comparison.removed.length),
    comparison.first ? '—' : countText(comparison.changed.length),
    cleanText(review.reviewer),
    note
  ]
}

function riskLabel(entry: { pointCode: string; pointName: string }): string {
  return [cleanText(entry.pointCode), cleanText(entry.pointName)].filter(Boolean).join(' ')
}

/** "D=720", "R=15", or a dash for a directly graded risk. */
function scoreOf(entry: ReviewSnapshotEntry): string {
  if (entry.score === null || entry.method === 'direct') return '—'
  return `${entry.method === 'lec' ? 'D' : 'R'}=${formatScore(entry.score)}`
}

function entryTable(captions: TableCaptions, caption: string, entries: readonly ReviewSnapshotEntry[]): FileChild[] {
  return [
    captions.caption(caption),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '风险点', weight: 4 },
        { header: '危险有害因素', weight: 9 },
        { header: '风险值', weight: 2, align: 'center' },
        { header: '风险等级', weight: 3, align: 'center' }
      ],
      rows: entries.map((entry) => [riskLabel(entry), cleanText(entry.hazard), scoreOf(entry), levelCell(entry.level)])
    })
  ]
}

function changeTable(captions: TableCaptions, comparison: ReviewComparison): FileChild[] {
  return [
    captions.caption('等级发生变化的风险'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '风险点', weight: 4 },
        { header: '危险有害因素', weight: 8 },
        { header: '原等级', weight: 3, align: 'center' },
        { header: '现等级', weight: 3, align: 'center' }
      ],
      rows: comparison.changed.map((change) => [riskLabel(change), cleanText(change.hazard), levelCell(change.levelBefore), levelCell(change.levelAfter)])
    })
  ]
}

function latestDetail(latest: ComparedReview, previous: DataReview | undefined, captions: TableCaptions): FileChild[] {
  const { review, comparison } = latest
  const when = `${chineseDate(review.reviewedOn)}（${cleanText(review.term)}）`

  if (comparison.first || !previous) {
    const counts = riskLevels.map((level) => `${riskLevelInfo[level].word}${review.snapshot.filter((entry) => entry.level === level).length}项`).join('，')
    return [body(`最近一次评审于${when}开展，为首次评审，登记风险${review.snapshot.length}项，其中${counts}。此后的评审将与本次评审比较，列出新增、删除和等级变化的风险。`)]
  }

  const { added, removed, changed } = comparison
  const intro = body(
    `最近一次评审于${when}开展，与上次评审（${chineseDate(previous.reviewedOn)}）相比，新增风险${added.length}项，删除风险${removed.length}项，等级发生变化的风险${changed.length}项。`
  )
  if (added.length + removed.length + changed.length === 0) {
    return [intro, body('风险清单与上次评审相同，各项风险等级未发生变化。')]
  }
  return [
    intro,
    ...(added.length > 0 ? entryTable(captions, '新增的风险', added) : []),
    ...(removed.length > 0 ? entryTable(captions, '删除的风险', removed) : []),
    ...(changed.length > 0 ? changeTable(captions, comparison) : [])
  ]
}

/**
 * Writes 修订记录: one row per termly review with the risks added, removed and changed in level since the review
 * before it, and the detail of the latest review. Before the first review it states that none was held and leaves rows to fill in.
 */
export function changeRecordChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const reviews = comparedReviews(index.data)

  if (reviews.length === 0) {
    const blankRows = Array.from({ length: blankRecordRows }, () => recordColumns.map(() => ''))
    return [
      outline.chapter('修订记录', { pageBreakBefore: true }),
      body(`${index.terms.unit}尚未开展评审。每学期完成风险评审后，将评审日期、学期、新增和删除的风险、等级变化、评审人和说明记入下表，并据此修订本手册。`),
      captions.caption('修订记录'),
      ...table({ width: portraitTextWidth, columns: recordColumns, rows: blankRows, minRowHeight: cm(1) })
    ]
  }

  const latest = reviews[reviews.length - 1]
  const previous = reviews.length > 1 ? reviews[reviews.length - 2].review : undefined
  return [
    outline.chapter('修订记录', { pageBreakBefore: true }),
    outline.section('评审记录'),
    body(`本手册随每学期的风险评审修订，共开展评审${reviews.length}次，记录如下：`),
    captions.caption('修订记录'),
    ...table({ width: portraitTextWidth, columns: recordColumns, rows: reviews.map(recordRow) }),
    outline.section('最近一次评审的变化'),
    ...latestDetail(latest, previous, captions)
  ]
}
