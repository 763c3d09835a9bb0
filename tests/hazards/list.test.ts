import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { hazardStates, type HazardGrade, type HazardState } from '../../shared/domain/hazards'
import { overdueDays } from '../../shared/domain/local-date'
import { hazardListInput } from '../../shared/schemas/hazard-inputs'
import type { SchoolDb } from '../../electron/db/school-file'
import type { Database } from '../../electron/db/schema'
import { listHazards } from '../../electron/hazards/list.service'
import { riskPointInput } from '../../shared/schemas/inputs'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { createSchoolFile } from '../../electron/db/school-file'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll } from 'vitest'
import { testNow, testToday } from './fixture'

/** What the generator wrote for each hazard, so the tests compute the expected results in plain JavaScript. */
interface Generated {
  id: number
  code: string
  description: string
  place: string
  riskPointId: number
  foundOn: string
  grade: HazardGrade
  state: HazardState
  responsibleName: string
  deadline: string | null
}

const hazardCount = 20_000
const places = ['教学楼一楼', '教学楼三楼', '学生食堂后厨', '配电室', '操场东侧', '学生宿舍 2 号楼', '化学实验室']
const problems = ['灭火器压力不足', '应急照明不亮', '插座松动', '护栏螺丝缺失', '地面湿滑无警示', '电动车楼道充电', '危化品柜未上锁']
const people = ['张志强', '刘德福', '王建国', '李红梅', '赵敏']

let folder: string
let schoolDb: SchoolDb
let generated: Generated[]

/** A small seeded generator, so every run builds the same 20,000 hazards. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

function isoDay(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

async function generate(): Promise<Generated[]> {
  const points: number[] = []
  for (const name of ['学生食堂', '教学楼', '配电室', '学生宿舍', '化学实验室']) {
    points.push((await saveRiskPoint(schoolDb.db, riskPointInput.parse({ name, kind: 'facility', area: '' }))).id)
  }

  const random = seeded(20261204)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const start = new Date('2024-01-01T00:00:00Z')
  const rows: Generated[] = []
  const perYear = new Map<string, number>()
  const insert = schoolDb.sqlite.prepare(`
    INSERT INTO hazard (id, code, description, risk_point_id, place, found_on, found_by_name, source, category, grade, state,
      responsible_name, deadline, accepted_on, closed_on, created_at, updated_at)
    VALUES (@id, @code, @description, @riskPointId, @place, @foundOn, '刘德福', 'inspection', 'site', @grade, @state,
      @responsibleName, @deadline, @acceptedOn, @closedOn, 'x', 'x')`)

  schoolDb.sqlite.transaction(() => {
    for (let id = 1; id <= hazardCount; id++) {
      const foundOn = isoDay(start, Math.floor(random() * 1069))
      const year = foundOn.slice(0, 4)
      const number = (perYear.get(year) ?? 0) + 1
      perYear.set(year, number)
      // As in a real ledger, hazards found more than two months ago are nearly all closed.
      const old = foundOn < '2026-10-01'
      const state: HazardState = old && random() < 0.97 ? 'closed' : pick(hazardStates)
      const row: Generated = {
        id,
        code: `YH-${year}-${String(number).padStart(4, '0')}`,
        description: `${pick(problems)}（第 ${id} 号）`,
        place: pick(places),
        riskPointId: pick(points),
        foundOn,
        grade: random() < 0.04 ? 'major' : 'general',
        state,
        responsibleName: state === 'reported' ? '' : pick(people),
        deadline: state === 'reported' ? null : isoDay(new Date(`${foundOn}T00:00:00Z`), 3 + Math.floor(random() * 40))
      }
      rows.push(row)
      insert.run({ ...row, acceptedOn: state === 'closed' ? row.deadline : null, closedOn: state === 'closed' ? row.deadline : null })
    }
  })()
  return rows
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'hazard-list-'))
  schoolDb = await createSchoolFile(join(folder, '大台账学校.school'))
  generated = await generate()
})

afterAll(async () => {
  await schoolDb.close()
  rmSync(folder, { recursive: true, force: true })
})

function byFoundOnDesc(a: Generated, b: Generated): number {
  if (a.foundOn === b.foundOn) return b.id - a.id
  return a.foundOn < b.foundOn ? 1 : -1
}

function isOverdue(row: Generated): boolean {
  return row.state !== 'closed' && overdueDays(row.deadline, testToday) > 0
}

async function page(filters: Record<string, unknown>) {
  return listHazards(schoolDb.db, hazardListInput.parse(filters), testNow)
}

describe('hazard list over 20,000 hazards', () => {
  it('pages the whole ledger newest first without overlap or gaps', async () => {
    const expected = [...generated].sort(byFoundOnDesc).map((row) => row.id)
    const seen: number[] = []
    for (let offset = 0; offset < hazardCount; offset += 500) {
      const result = await page({ offset, limit: 500 })
      expect(result.total).toBe(hazardCount)
      seen.push(...result.rows.map((row) => row.id))
    }
    expect(seen).toEqual(expected)
  })

  it('filters by state, grade, risk point, text, date range and overdue together', async () => {
    const point = generated[0].riskPointId
    const filters = { states: ['rectifying', 'awaiting-acceptance'], riskPointId: point, text: '插座', foundFrom: '2026-09-01', foundTo: '2026-11-30', limit: 500 }
    const expected = generated
      .filter((row) => ['rectifying', 'awaiting-acceptance'].includes(row.state))
      .filter((row) => row.riskPointId === point && row.description.includes('插座') && row.foundOn >= '2026-09-01' && row.foundOn <= '2026-11-30')
      .sort(byFoundOnDesc)

    const result = await page(filters)
    expect(result.total).toBe(expected.length)
    expect(result.rows.map((row) => row.id)).toEqual(expected.map((row) => row.id))
    expect(expected.length).toBeGreaterThan(10)

    const overdue = await page({ ...filters, overdueOnly: true })
    expect(overdue.rows.map((row) => row.id)).toEqual(expected.filter(isOverdue).map((row) => row.id))
    expect(overdue.rows.every((row) => row.overdueDays > 0)).toBe(true)
    expect(overdue.total).toBeGreaterThan(0)
    expect(overdue.total).toBeLessThan(expected.length)

    const major = await page({ grade: 'major', limit: 500 })
    expect(major.total).toBe(generated.filter((row) => row.grade === 'major').length)
  })

  it('counts per state across every filter but the state', async () => {
    const result = await page({ states: ['closed'], text: '危化品', limit: 1 })
    for (const state of hazardStates) {
      expect({ state, count: result.counts[state] }).toEqual({ state, count: generated.filter((row) => row.state === state && row.description.includes('危化品')).length })
    }
    expect(result.overdueCount).toBe(generated.filter((row) => row.description.includes('危化品') && isOverdue(row)).length)
  })

  it('takes % and _ in the search text literally', async () => {
    expect((await page({ text: '%' })).total).toBe(0)
    expect((await page({ text: '_' })).total).toBe(0)
  })

  it('sorts by deadline with the hazards without one last', async () => {
    const result = await page({ sortField: 'deadline', sortOrder: 'asc', offset: hazardCount - 3, limit: 3 })
    expect(result.rows.map((row) => row.deadline)).toEqual([null, null, null])
    const first = await page({ sortField: 'deadline', sortOrder: 'asc', limit: 1 })
    const earliest = generated.filter((row) => row.deadline !== null).map((row) => row.deadline as string).sort()[0]
    expect(first.rows[0].deadline).toBe(earliest)
  })
})

/** Runs the list with a query logger and returns SQLite's plan of the page query (the one with LIMIT). */
async function pagePlan(filters: Record<string, unknown>): Promise<string> {
  const queries: CompiledQuery[] = []
  const logged = new Kysely<Database>({
    dialect: new SqliteDialect({ database: schoolDb.sqlite }),
    log: (event) => {
      if (event.level === 'query') queries.push(event.query)
    }
  })
  await listHazards(logged, hazardListInput.parse(filters), testNow)
  const pageQuery = queries.find((query) => /limit/i.test(query.sql) && /from "hazard"/i.test(query.sql))
  if (!pageQuery) throw new Error('no page query was run')
  const plan = schoolDb.sqlite.prepare(`EXPLAIN QUERY PLAN ${pageQuery.sql}`).all(...(pageQuery.parameters as unknown[])) as { detail: string }[]
  return plan.map((step) => step.detail).join(' | ')
}

describe('hazard list query plans', () => {
  it('reads the newest page from the found-date index without sorting', async () => {
    const plan = await pagePlan({})
    expect(plan).toMatch(/USING INDEX hazard_found_on/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })

  it('uses the state index for a state tab', async () => {
    expect(await pagePlan({ states: ['rectifying'] })).toMatch(/USING INDEX hazard_state \(state=\?\)/)
  })

  it('uses the partial deadline index for overdue hazards', async () => {
    expect(await pagePlan({ overdueOnly: true })).toMatch(/USING INDEX hazard_deadline \(deadline<\?\)/)
  })

  it('uses the risk-point index for one risk point', async () => {
    expect(await pagePlan({ riskPointId: generated[0].riskPointId })).toMatch(/USING INDEX hazard_risk_point \(risk_point_id=\?\)/)
  })

  it('uses the grade index for 重大 hazards', async () => {
    expect(await pagePlan({ grade: 'major' })).toMatch(/USING INDEX hazard_grade \(grade=\?\)/)
  })
})
