import { describe, expect, it } from 'vitest'
import { defaultAnalysisMethod } from '../../shared/domain/analysis'
import { analysisEntryInput } from '../../shared/schemas/analysis-inputs'
import { listAnalysisEntries } from '../../electron/analysis/analysis.service'
import { defaultLibraryRecord, deriveLibraryRecord } from '../../electron/analysis/library-analysis'
import { libraryAnalysisRecords } from '../../electron/analysis/library-records'
import { riskLibrary } from '../../electron/resources/builtin'
import { addRiskPointsFromLibrary, listRiskPoints } from '../../electron/risks/risk-points.service'
import { newSchool } from '../helpers/temp'

const library = riskLibrary.riskPoints

function libraryPoint(key: string) {
  const found = library.find((point) => point.key === key)
  if (!found) throw new Error(`library point ${key} not found`)
  return found
}

describe('built-in default records', () => {
  it('cover every library risk once', () => {
    expect(Object.keys(libraryAnalysisRecords.records).sort()).toEqual(library.map((point) => point.key).sort())
    for (const point of library) {
      const record = libraryAnalysisRecords.records[point.key]
      expect(record.method, point.key).toBe(defaultAnalysisMethod(point.kind))
      expect(record.entries.map((entry) => entry.risk).sort(), point.key).toEqual(point.risks.map((risk) => risk.key).sort())
    }
  })

  it('keep step and item names short, at most 10 steps a record', () => {
    for (const [key, record] of Object.entries(libraryAnalysisRecords.records)) {
      expect(record.entries.length, key).toBeLessThanOrEqual(10)
      for (const entry of record.entries) {
        expect([...entry.item].length, `${key} ${entry.item}`).toBeGreaterThanOrEqual(2)
        expect([...entry.item].length, `${key} ${entry.item}`).toBeLessThanOrEqual(16)
        expect(entry.item, key).not.toMatch(/[。；;\s]/)
      }
    }
  })

  it('derive records that pass the record input', () => {
    for (const point of library) {
      const record = defaultLibraryRecord(point)
      for (const entry of record.entries) {
        const parsed = analysisEntryInput.safeParse({ riskPointId: 1, method: record.method, ...entry })
        expect(parsed.success, `${point.key} ${entry.item}`).toBe(true)
      }
    }
  })

  it('orders the school bus steps as the trip runs', () => {
    const record = defaultLibraryRecord(libraryPoint('school-bus'))
    expect(record.method).toBe('jha')
    expect(record.entries.map((entry) => entry.item)).toEqual(['出车前检查车况', '驾驶员出车', '学生上车与行驶', '学生下车离开', '到站清点车厢'])
    const check = libraryPoint('school-bus').risks.find((risk) => risk.key === 'school-bus.3')
    expect(record.entries[0]).toMatchObject({ riskKey: 'school-bus.3', deviation: check?.hazard, standard: '' })
  })

  it('fill SCL standards and existing controls', () => {
    const gate = libraryPoint('gate')
    const record = defaultLibraryRecord(gate)
    expect(record.method).toBe('scl')
    const first = record.entries[0]
    expect(first.item).toBe('校门封闭与来访登记')
    for (const measure of gate.risks[0].measures) {
      expect(first.existingControls).toContain(measure.content.replace(/。$/, ''))
      if (!measure.check) continue
      // The standard states what the gate must be like; drills and plans are checked as records elsewhere.
      const onSite = ['engineering', 'management', 'protective'].includes(measure.category)
      expect(first.standard.includes(measure.check.standard.replace(/。$/, '')), measure.content).toBe(onSite)
    }
    expect(first.existingControls.split('\n')[0]).toMatch(/^工程技术：/)
    expect(first.deviation).toBe(`${gate.risks[0].hazard}；可能导致${gate.risks[0].consequence}`)
  })

  it('names a step from the library text when no name is written', () => {
    const gate = libraryPoint('gate')
    const record = deriveLibraryRecord(gate, { method: 'scl', entries: [] })
    expect(record.entries.map((entry) => entry.riskKey)).toEqual(gate.risks.map((risk) => risk.key))
    expect(record.entries[0].item).toBe('防冲撞设施、道闸和门口监控')

    const activity = deriveLibraryRecord({ ...gate, kind: 'activity' }, undefined)
    expect(activity.method).toBe('jha')
  })
})

describe('adding library points', () => {
  it('writes JHA and SCL records, risks linked', async () => {
    const { db } = await newSchool()
    await addRiskPointsFromLibrary(db, ['school-bus', 'gate'])
    const [bus, gate] = await listRiskPoints(db)

    const steps = await listAnalysisEntries(db, bus.id)
    expect(steps.map((step) => [step.method, step.seq, step.item])).toEqual([
      ['jha', 1, '出车前检查车况'],
      ['jha', 2, '驾驶员出车'],
      ['jha', 3, '学生上车与行驶'],
      ['jha', 4, '学生下车离开'],
      ['jha', 5, '到站清点车厢']
    ])
    const firstStepRisk = bus.risks.find((risk) => risk.analysisEntryId === steps[0].id)
    expect(firstStepRisk?.libraryKey).toBe('school-bus.3')
    expect(steps[0].deviation).toBe(firstStepRisk?.hazard)

    const items = await listAnalysisEntries(db, gate.id)
    expect(items.every((item) => item.method === 'scl' && item.standard !== '')).toBe(true)
    for (const risk of gate.risks) expect(items.some((item) => item.id === risk.analysisEntryId), risk.hazard).toBe(true)
  })

  it('links every library risk to its point', async () => {
    const { db } = await newSchool()
    await addRiskPointsFromLibrary(db, library.map((point) => point.key))
    const points = await listRiskPoints(db)
    expect(points.length).toBe(library.length)

    for (const point of points) {
      const records = await listAnalysisEntries(db, point.id)
      expect(records.length, point.name).toBe(point.risks.length)
      expect(new Set(records.map((record) => record.method)), point.name).toEqual(new Set([defaultAnalysisMethod(point.kind)]))
      const linked = point.risks.map((risk) => risk.analysisEntryId)
      expect(new Set(linked).size, point.name).toBe(point.risks.length)
      for (const id of linked) expect(records.some((record) => record.id === id), point.name).toBe(true)
    }
  })
})
