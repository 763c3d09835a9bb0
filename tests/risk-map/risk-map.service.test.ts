import { describe, expect, it } from 'vitest'
import { AppError, describeError } from '../../shared/errors'
import { newAreaInput } from '../../shared/schemas/risk-map-inputs'
import { deleteRiskPoint } from '../../electron/risks/risk-points.service'
import {
  addArea,
  createBlankMap,
  deleteArea,
  deleteRiskMap,
  getRiskMapState,
  reshapeArea,
  saveArea,
  saveMapSettings
} from '../../electron/risk-map/risk-map.service'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'
import { addPointsOfEveryLevel } from './seed'

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

function auditCount(sqlite: { prepare(sql: string): { get(): unknown } }, entity: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = '${entity}'`).get() as { n: number }).n
}

describe('risk map service', () => {
  it('starts a blank grid once, with the default title and today', async () => {
    const { db, sqlite } = await newSchool()
    const state = await createBlankMap(db, { width: 1600, height: 1000 }, '2026-09-01')
    expect(state.map).toMatchObject({ title: '安全风险四色分布图', width: 1600, height: 1000, northAngle: 0, drawnOn: '2026-09-01', background: null })
    expect(auditCount(sqlite, 'risk_map')).toBe(1)

    const again = await rejection(createBlankMap(db, { width: 800, height: 800 }))
    expect(again.data.code).toBe('risk-map-exists')
  })

  it('refuses areas before a map exists, changing nothing', async () => {
    const { db, sqlite } = await newSchool()
    const before = dumpContent(sqlite)
    const error = await rejection(addArea(db, newAreaInput.parse({ shape: 'rect', points: [[0, 0], [100, 100]], label: '教学楼' })))
    expect(error.data.code).toBe('risk-map-missing')
    expect(describeError(error.data)).toContain('请先选择校园平面图')
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('saves, moves and relinks areas, each with an audit row', async () => {
    const { db, sqlite } = await newSchool()
    const points = await addPointsOfEveryLevel(db)
    await createBlankMap(db, { width: 1600, height: 1000 })

    let state = await addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [500, 400]], label: '教学楼', riskPointIds: [points.major, points.low] }))
    const [building] = state.areas
    expect(building).toMatchObject({ shape: 'rect', label: '教学楼', points: [[100, 100], [500, 400]], riskPointIds: [points.major, points.low].sort((a, b) => a - b) })

    state = await addArea(
      db,
      newAreaInput.parse({ shape: 'polygon', points: [[600, 100], [900, 100], [900, 400], [600, 400.04]], label: '食堂', riskPointIds: [points.high] })
    )
    const canteen = state.areas.find((area) => area.label === '食堂')
    expect(canteen?.points[3]).toEqual([600, 400])
    expect(canteen?.sortOrder).toBeGreaterThan(building.sortOrder)

    state = await reshapeArea(db, { id: building.id, points: [[140, 120], [540, 420]] })
    expect(state.areas.find((area) => area.id === building.id)?.points).toEqual([[140, 120], [540, 420]])

    state = await saveArea(db, { id: building.id, label: '综合楼', riskPointIds: [points.medium] })
    expect(state.areas.find((area) => area.id === building.id)).toMatchObject({ label: '综合楼', riskPointIds: [points.medium] })

    const audits = sqlite.prepare(`SELECT action, before, after FROM audit_log WHERE entity = 'map_area' ORDER BY id`).all() as { action: string; before: string | null; after: string | null }[]
    expect(audits.map((row) => row.action)).toEqual(['create', 'create', 'update', 'update'])
    expect(JSON.parse(audits[2].before ?? '{}')).toEqual({ points: [[100, 100], [500, 400]] })
    expect(JSON.parse(audits[3].after ?? '{}')).toEqual({ label: '综合楼', riskPointIds: [points.medium] })

    state = await deleteArea(db, canteen?.id ?? 0)
    expect(state.areas.map((area) => area.label)).toEqual(['综合楼'])
    expect(sqlite.prepare('SELECT count(*) AS n FROM map_area_point WHERE area_id = ?').get(canteen?.id)).toEqual({ n: 0 })
    expect(auditCount(sqlite, 'map_area')).toBe(5)
  })

  it('drops the links of a deleted risk point and keeps the area', async () => {
    const { db } = await newSchool()
    const points = await addPointsOfEveryLevel(db)
    await createBlankMap(db, { width: 1600, height: 1000 })
    await addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [500, 400]], label: '教学楼', riskPointIds: [points.major, points.low] }))

    await deleteRiskPoint(db, points.major)
    const state = await getRiskMapState(db)
    expect(state.areas[0]).toMatchObject({ label: '教学楼', riskPointIds: [points.low] })
  })

  it('refuses bad shapes and unknown risk points with a message naming the field', async () => {
    const { db, sqlite } = await newSchool()
    const points = await addPointsOfEveryLevel(db)
    await createBlankMap(db, { width: 1600, height: 1000 })
    const before = dumpContent(sqlite)

    const outside = await rejection(addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [1700, 400]], label: '操场' })))
    expect(outside.data).toMatchObject({ code: 'out-of-range', field: '区域顶点', value: '(1700, 400)' })
    expect(describeError(outside.data)).toContain('宽 1600、高 1000')

    const tiny = await rejection(addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [103, 400]], label: '操场' })))
    expect(tiny.data).toMatchObject({ code: 'invalid-input', field: '区域形状' })
    expect(describeError(tiny.data)).toContain('矩形太小')

    const flat = await rejection(addArea(db, newAreaInput.parse({ shape: 'polygon', points: [[100, 100], [500, 100], [900, 101]], label: '围墙' })))
    expect(describeError(flat.data)).toContain('几乎在一条直线上')

    const unknown = await rejection(addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [400, 400]], label: '操场', riskPointIds: [points.low, 9999] })))
    expect(unknown.data).toMatchObject({ code: 'not-found', field: '关联风险点', detail: '编号 9999' })

    expect(dumpContent(sqlite)).toBe(before)
  })

  it('validates input with Chinese field names', () => {
    const noLabel = newAreaInput.safeParse({ shape: 'rect', points: [[0, 0], [10, 10]], label: '' })
    expect(noLabel.success).toBe(false)
    const badPoints = newAreaInput.safeParse({ shape: 'rect', points: [[0, 'x']], label: '教学楼' })
    expect(badPoints.success).toBe(false)
    if (badPoints.success) return
    const issue = badPoints.error.issues[0] as { params?: { appError?: { field?: string } } }
    expect(issue.params?.appError?.field).toBe('区域顶点')
  })

  it('puts the map in the school snapshot and deletes it whole', async () => {
    const { db, sqlite } = await newSchool()
    const points = await addPointsOfEveryLevel(db)
    await createBlankMap(db, { width: 1600, height: 1000 })
    await saveMapSettings(db, { title: '校园安全风险四色图', northAngle: 45, drawnOn: '2026-09-10' })
    await addArea(db, newAreaInput.parse({ shape: 'rect', points: [[100, 100], [500, 400]], label: '教学楼', riskPointIds: [points.major] }))

    const data = await loadSchoolData(db)
    expect(data.riskMap).toMatchObject({ title: '校园安全风险四色图', northAngle: 45, drawnOn: '2026-09-10', background: null })
    expect(data.riskMap?.areas).toHaveLength(1)

    const state = await deleteRiskMap(db)
    expect(state).toEqual({ map: null, areas: [] })
    expect(sqlite.prepare('SELECT count(*) AS n FROM map_area').get()).toEqual({ n: 0 })
    expect((await loadSchoolData(db)).riskMap).toBeUndefined()
  })
})
