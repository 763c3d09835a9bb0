import type { Executor } from '../db/transaction'
import type { LedgerCheck } from '../../shared/contract/hazards'
import type { HazardRow } from './hazard-rows'
import { canonicalJson, closureContent, closureHashOf, genesisHash, sha256Hex, type ClosureContent } from './ledger'

/**
 * Recomputes the closure chain of a school file and reports the first link that does not hold. A link
 * breaks on a missing sequence number, a previous hash that does not point at the link before, a photo
 * whose bytes changed, or a record whose content no longer gives its hash. For a changed record the report
 * names what changed, by comparing with the canonical record stored at closure.
 */

export type LedgerBreakKind = 'sequence-gap' | 'link-broken' | 'photo-changed' | 'content-changed' | 'closed-unsealed'

export interface LedgerDifference {
  /** Chinese name of the field or part, e.g. 整改措施 or 照片 3. */
  part: string
  /** The value when the hazard was closed, as text; '' when it was absent. */
  recorded: string
  /** The value now. */
  current: string
}

export interface LedgerBreak {
  kind: LedgerBreakKind
  /** Sequence number of the broken link, or null for a closed hazard that was never sealed. */
  seq: number | null
  hazardCode: string
  /** Chinese sentence: what does not hold. */
  message: string
  differences: LedgerDifference[]
}

export interface LedgerReport {
  ok: boolean
  /** Sealed closures found. */
  closures: number
  /** The stored head of the chain (last sequence number and its hash); seq 0 before the first closure. */
  head: { seq: number; hash: string; hazardCode: string }
  firstBreak: LedgerBreak | null
}

const columnLabels: Record<string, string> = {
  id: '记录编号',
  code: '隐患编号',
  description: '隐患描述',
  place: '具体部位',
  found_on: '发现日期',
  found_by_name: '发现人',
  source: '隐患来源',
  category: '隐患类别',
  grade: '隐患等级',
  major_criteria: '重大事故隐患判定情形',
  state: '状态',
  fixed_on_the_spot: '立即整改',
  responsible_name: '整改责任人',
  measures: '整改措施',
  funds: '整改资金',
  deadline: '整改时限',
  contingency: '应急预案',
  governance_plan: '治理方案',
  reported_on: '上报日期',
  report_to: '上报对象',
  report_note: '上报说明',
  rectified_on: '整改完成日期',
  rectifier_name: '整改人',
  rectification_note: '整改情况',
  accepted_on: '验收日期',
  acceptor_name: '验收人',
  acceptance_opinion: '验收意见',
  closed_on: '销号日期',
  closure_seq: '销号序号',
  created_at: '登记时间',
  updated_at: '最后修改时间'
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : canonicalJson(value)
}

function differ(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) !== canonicalJson(b ?? null)
}

/** Lists what differs between the content sealed at closure and the content now. */
export function contentDifferences(recorded: ClosureContent, current: ClosureContent): LedgerDifference[] {
  const differences: LedgerDifference[] = []

  const columns = [...new Set([...Object.keys(recorded.record), ...Object.keys(current.record)])]
  for (const column of columns) {
    if (differ(recorded.record[column], current.record[column])) {
      differences.push({ part: columnLabels[column] ?? column, recorded: asText(recorded.record[column]), current: asText(current.record[column]) })
    }
  }

  const photoIds = [...new Set([...recorded.photos.map((photo) => photo.id), ...current.photos.map((photo) => photo.id)])]
  for (const id of photoIds) {
    const before = recorded.photos.find((photo) => photo.id === id)
    const after = current.photos.find((photo) => photo.id === id)
    if (differ(before, after)) {
      differences.push({ part: `照片 ${id}`, recorded: before ? `SHA-256 ${before.sha256}` : '', current: after ? `SHA-256 ${after.sha256}` : '' })
    }
  }

  const eventIds = [...new Set([...recorded.events.map((event) => event.id), ...current.events.map((event) => event.id)])]
  for (const id of eventIds) {
    const before = recorded.events.find((event) => event.id === id)
    const after = current.events.find((event) => event.id === id)
    if (differ(before, after)) {
      differences.push({ part: `办理记录 ${id}`, recorded: before ? `${before.at} ${before.action} ${before.note}` : '', current: after ? `${after.at} ${after.action} ${after.note}` : '' })
    }
  }
  return differences
}

function parseRecorded(text: string | null): ClosureContent | null {
  if (text === null) return null
  try {
    const value = JSON.parse(text) as ClosureContent
    return value && typeof value === 'object' && value.record && Array.isArray(value.photos) && Array.isArray(value.events) ? value : null
  } catch {
    return null
  }
}

async function checkPhotos(db: Executor, row: HazardRow, seq: number): Promise<LedgerBreak | null> {
  const photos = await db.selectFrom('hazard_photo').select(['id', 'sha256', 'bytes']).where('hazard_id', '=', row.id).orderBy('id').execute()
  for (const photo of photos) {
    const actual = sha256Hex(photo.bytes)
    if (actual !== photo.sha256) {
      return {
        kind: 'photo-changed',
        seq,
        hazardCode: row.code,
        message: `隐患 ${row.code} 的照片 ${photo.id} 的内容已被替换：内容的校验值与登记时记录的不一致。`,
        differences: [{ part: `照片 ${photo.id}`, recorded: `SHA-256 ${photo.sha256}`, current: `SHA-256 ${actual}` }]
      }
    }
  }
  return null
}

async function checkContent(db: Executor, row: HazardRow, seq: number): Promise<LedgerBreak | null> {
  const current = await closureContent(db, row, row.previous_hash ?? genesisHash)
  if (row.closure_hash !== null && closureHashOf(current) === row.closure_hash) return null

  const recorded = parseRecorded(row.closure_record)
  const recordedIntact = recorded !== null && row.closure_record !== null && sha256Hex(row.closure_record) === row.closure_hash
  const differences = recorded ? contentDifferences(recorded, current) : []
  const listed = differences.length > 0 ? `改动了：${differences.map((difference) => difference.part).join('、')}` : '无法确定改动了哪些内容'
  const archive = recordedIntact ? '' : '；销号时保存的存档也被改动过，所列改动仅供参考'
  return {
    kind: 'content-changed',
    seq,
    hazardCode: row.code,
    message: `隐患 ${row.code} 销号后被改动，内容与销号时的校验值不一致，${listed}${archive}。`,
    differences
  }
}

/** Walks the chain in sequence order and returns the first break, or a report that the chain is intact. */
export async function verifyHazardLedger(db: Executor): Promise<LedgerReport> {
  const sealed = await db.selectFrom('hazard').selectAll().where('closure_seq', 'is not', null).orderBy('closure_seq').execute()
  const last = sealed.at(-1)
  const report: LedgerReport = {
    ok: true,
    closures: sealed.length,
    head: { seq: last?.closure_seq ?? 0, hash: last?.closure_hash ?? genesisHash, hazardCode: last?.code ?? '' },
    firstBreak: null
  }
  const broken = (firstBreak: LedgerBreak): LedgerReport => ({ ...report, ok: false, firstBreak })

  for (const [index, row] of sealed.entries()) {
    const seq = row.closure_seq ?? 0
    const expected = index + 1
    if (seq !== expected) {
      const message = `第 ${expected} 次销号的记录不见了（可能被删除），链条从 ${row.code}（第 ${seq} 次销号）起接不上。`
      return broken({ kind: 'sequence-gap', seq: expected, hazardCode: row.code, message, differences: [] })
    }

    const previous = index === 0 ? null : sealed[index - 1]
    const expectedPrevious = previous?.closure_hash ?? genesisHash
    if (row.previous_hash !== expectedPrevious) {
      const before = previous ? `上一次销号（${previous.code}）的校验值` : '链条的起始值'
      const message = `隐患 ${row.code}（第 ${seq} 次销号）记录的上一环校验值与${before}不一致。`
      const differences = [{ part: '上一环校验值', recorded: row.previous_hash ?? '', current: expectedPrevious }]
      return broken({ kind: 'link-broken', seq, hazardCode: row.code, message, differences })
    }

    const photoBreak = await checkPhotos(db, row, seq)
    if (photoBreak) return broken(photoBreak)
    const contentBreak = await checkContent(db, row, seq)
    if (contentBreak) return broken(contentBreak)
  }

  const unsealed = await db.selectFrom('hazard').select('code').where('state', '=', 'closed').where('closure_seq', 'is', null).orderBy('id').executeTakeFirst()
  if (unsealed) {
    const message = `隐患 ${unsealed.code} 的状态是“已销号”，但没有销号校验值，不是通过本软件销号的。`
    return broken({ kind: 'closed-unsealed', seq: null, hazardCode: unsealed.code, message, differences: [] })
  }
  return report
}

/** Reduces a report to what the window and the outputs show: intact, or the first break's sentence. */
export function ledgerCheckOf(report: LedgerReport): LedgerCheck {
  return { ok: report.ok, closures: report.closures, message: report.firstBreak?.message ?? (report.ok ? '' : '隐患台账校验未通过。') }
}

/** Characters of unchanged text kept before the first change and of each value shown, in a change excerpt. */
const excerptContext = 12
const excerptLength = 40

function clip(text: string, from: number): string {
  const characters = [...text]
  const shown = characters.slice(from, from + excerptLength).join('')
  return `${from > 0 ? '…' : ''}${shown}${from + excerptLength < characters.length ? '…' : ''}`
}

/**
 * Returns the two values cut to the part around their first difference, so a long text changed near its
 * end shows the change and not two identical beginnings.
 */
export function changeExcerpts(recorded: string, current: string): { recorded: string; current: string } {
  const before = [...recorded]
  const after = [...current]
  let same = 0
  while (same < before.length && same < after.length && before[same] === after[same]) same++
  const from = Math.max(0, same - excerptContext)
  return { recorded: clip(recorded, from), current: clip(current, from) }
}

/** Formats the report as the lines the command-line tool prints. */
export function ledgerReportLines(report: LedgerReport): string[] {
  if (report.ok) {
    if (report.closures === 0) return ['隐患台账校验通过：还没有销号的隐患。']
    return [`隐患台账校验通过：共 ${report.closures} 条销号记录，链条完整。最后一环是第 ${report.head.seq} 次销号（${report.head.hazardCode}），校验值 ${report.head.hash}。`]
  }
  const found = report.firstBreak
  if (!found) return ['隐患台账校验未通过。']
  const where = found.seq === null ? `隐患 ${found.hazardCode}` : `第 ${found.seq} 次销号（隐患 ${found.hazardCode}）`
  return [
    `隐患台账校验未通过：第一处断点在${where}。`,
    `  ${found.message}`,
    ...found.differences.map((difference) => {
      const shown = changeExcerpts(difference.recorded, difference.current)
      return `  - ${difference.part}：销号时为“${shown.recorded}”，现在为“${shown.current}”`
    })
  ]
}
