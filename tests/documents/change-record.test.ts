import { describe, expect, it } from 'vitest'
import type { ReviewSnapshotEntry } from '../../shared/domain/reviews'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildRiskControlManual } from '../../electron/documents/risk-control-manual'
import { bodyBlocks, readDocx, tables, type Block } from './docx-reader'
import { fixtureSchool } from './fixture'

function entry(riskId: number, hazard: string, level: ReviewSnapshotEntry['level'], score: number | null = null): ReviewSnapshotEntry {
  return { riskId, pointCode: 'FX-01', pointName: '学生食堂', hazard, level, score, method: score === null ? 'direct' : 'lec' }
}

const firstSnapshot = [entry(1, '燃气管道老化泄漏', 'high', 270), entry(2, '食品原料索证不全', 'high', 12), entry(9, '旧锅炉房无人值守', 'medium')]
const secondSnapshot = [entry(1, '燃气管道老化泄漏', 'major', 720), entry(2, '食品原料索证不全', 'high', 12), entry(3, '外来人员未登记进入', 'medium')]

const reviews: NonNullable<SchoolData['riskReviews']> = [
  // Listed out of order on purpose: the record sorts by review date.
  { id: 2, term: '2026—2027学年第一学期', reviewedOn: '2027-01-08', reviewer: '李文博、张海涛', summary: '燃气管道老化加剧，升为重大风险', createdAt: '2027-01-08T08:00:00.000Z', snapshot: secondSnapshot },
  { id: 1, term: '2025—2026学年第二学期', reviewedOn: '2026-06-20', reviewer: '张海涛', summary: '', createdAt: '2026-06-20T08:00:00.000Z', snapshot: firstSnapshot }
]

async function chapterBlocks(data: SchoolData): Promise<Block[]> {
  const blocks = bodyBlocks(readDocx(await buildRiskControlManual(data))['word/document.xml'])
  const start = blocks.findIndex((block) => block.heading === 1 && block.text.endsWith('修订记录'))
  const end = blocks.findIndex((block, index) => index > start && block.heading === 1)
  return blocks.slice(start, end < 0 ? undefined : end)
}

function tablesOf(blocks: Block[]) {
  return tables(`<w:body>${blocks.map((block) => block.xml).join('')}</w:body>`)
}

describe('risk-control manual 修订记录', () => {
  it('says no review has been held and leaves rows to fill in', async () => {
    const blocks = await chapterBlocks(fixtureSchool())
    expect(blocks[0].text).toBe('十二、修订记录')
    expect(blocks.some((block) => block.text.startsWith('学校尚未开展评审。'))).toBe(true)
    const [record] = tablesOf(blocks)
    expect(record.rows[0].cells.map((cell) => cell.text)).toEqual(['评审日期', '学期', '新增风险', '删除风险', '等级变化', '评审人', '说明'])
    expect(record.rows).toHaveLength(4)
  })

  it('records each review and the changes since the one before', async () => {
    const blocks = await chapterBlocks(fixtureSchool({ riskReviews: reviews }))
    expect(blocks.filter((block) => block.heading === 2).map((block) => block.text)).toEqual(['（一）评审记录', '（二）最近一次评审的变化'])

    const [record, added, removed, changed] = tablesOf(blocks)
    expect(record.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['2026年6月20日', '2025—2026学年第二学期', '—', '—', '—', '张海涛', '首次评审，登记风险3项'],
      ['2027年1月8日', '2026—2027学年第一学期', '1项', '1项', '1项', '李文博、张海涛', '燃气管道老化加剧，升为重大风险']
    ])

    const texts = blocks.map((block) => block.text)
    expect(texts).toContain('最近一次评审于2027年1月8日（2026—2027学年第一学期）开展，与上次评审（2026年6月20日）相比，新增风险1项，删除风险1项，等级发生变化的风险1项。')
    expect(texts.some((text) => text.endsWith('新增的风险'))).toBe(true)
    expect(added.rows[1].cells.map((cell) => cell.text)).toEqual(['FX-01 学生食堂', '外来人员未登记进入', '—', '一般风险'])
    expect(removed.rows[1].cells[1].text).toBe('旧锅炉房无人值守')
    expect(changed.rows[0].cells.map((cell) => cell.text)).toEqual(['风险点', '危险有害因素', '原等级', '现等级'])
    expect(changed.rows[1].cells.map((cell) => cell.text)).toEqual(['FX-01 学生食堂', '燃气管道老化泄漏', '较大风险', '重大风险'])
  })

  it('describes a first review by its counts', async () => {
    const blocks = await chapterBlocks(fixtureSchool({ riskReviews: [reviews[1]] }))
    const texts = blocks.map((block) => block.text)
    expect(texts).toContain('最近一次评审于2026年6月20日（2025—2026学年第二学期）开展，为首次评审，登记风险3项，其中重大风险0项，较大风险2项，一般风险1项，低风险0项。此后的评审将与本次评审比较，列出新增、删除和等级变化的风险。')
  })

  it('says so when nothing changed', async () => {
    const same = [reviews[1], { ...reviews[0], snapshot: firstSnapshot }]
    const texts = (await chapterBlocks(fixtureSchool({ riskReviews: same }))).map((block) => block.text)
    expect(texts).toContain('风险清单与上次评审相同，各项风险等级未发生变化。')
  })
})
