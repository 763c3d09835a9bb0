import { describe, expect, it } from 'vitest'
import { libraryPointApplies, type LibraryRiskPoint } from '../../shared/domain/library'
import type { FacilityKey, SchoolCategory } from '../../shared/domain/school'
import { levelForScore } from '../../shared/grading/grade'
import { defaultValueTables, type ValueTables } from '../../shared/grading/value-tables'
import { smallSchoolMaxPoints, smallSchoolMinPoints } from '../../shared/small-school'
import { riskLibrary } from '../../electron/resources/builtin'
import { proposeSmallSchoolPoints } from '../../electron/small-school/proposal'

/** Lists the library points whose typical LEC values give a 重大 risk under the tables, worked out from the library itself. */
function majorKeys(category: SchoolCategory, facilities: FacilityKey[], tables: ValueTables = defaultValueTables): string[] {
  return riskLibrary.riskPoints
    .filter((point) => libraryPointApplies(point, category, facilities))
    .filter((point) => point.risks.some((risk) => levelForScore(risk.lec.l * risk.lec.e * risk.lec.c, tables.lec.thresholds) === 'major'))
    .map((point) => point.key)
}

function propose(category: SchoolCategory, facilities: FacilityKey[], tables: ValueTables = defaultValueTables, added: string[] = []) {
  return proposeSmallSchoolPoints({ library: riskLibrary.riskPoints, category, facilities, tables, addedKeys: new Set(added) })
}

const cases: [SchoolCategory, FacilityKey[]][] = [
  ['小学', []],
  ['小学', ['canteen']],
  ['幼儿园', ['canteen']],
  ['一贯制学校', ['canteen', 'dormitory', 'schoolBus', 'laboratory', 'boiler']]
]

describe('proposeSmallSchoolPoints', () => {
  it.each(cases)('picks 10 to 20 applicable points for a %s with %j', (category, facilities) => {
    const proposal = propose(category, facilities)
    expect(proposal.length).toBeGreaterThanOrEqual(smallSchoolMinPoints)
    expect(proposal.length).toBeLessThanOrEqual(smallSchoolMaxPoints)
    expect(new Set(proposal.map((point) => point.key)).size).toBe(proposal.length)
    for (const point of proposal) {
      const library = riskLibrary.riskPoints.find((candidate) => candidate.key === point.key) as LibraryRiskPoint
      expect(libraryPointApplies(library, category, facilities), point.key).toBe(true)
      expect(point.reason.length, point.key).toBeGreaterThan(6)
    }
  })

  it.each(cases)('includes every point with a 重大 typical risk for a %s with %j', (category, facilities) => {
    const keys = propose(category, facilities).map((point) => point.key)
    const majors = majorKeys(category, facilities)
    expect(majors.length).toBeGreaterThan(0)
    for (const key of majors) expect(keys, key).toContain(key)
  })

  it('puts the major points first, then the essentials, then the high ones', () => {
    const proposal = propose('小学', ['canteen'])
    const kinds = proposal.map((point) => point.reasonKind)
    expect(kinds).toEqual([...kinds].sort((a, b) => ['major', 'essential', 'high', 'fill'].indexOf(a) - ['major', 'essential', 'high', 'fill'].indexOf(b)))
    expect(proposal.filter((point) => point.reasonKind === 'major').every((point) => point.typicalLevel === 'major')).toBe(true)
    expect(proposal.filter((point) => point.reasonKind === 'high').every((point) => point.typicalLevel === 'high')).toBe(true)
  })

  it('proposes the essentials a school has', () => {
    const keys = propose('小学', ['canteen']).map((point) => point.key)
    for (const key of ['gate', 'classroom', 'stairs', 'fire-facilities', 'wiring', 'canteen-processing', 'school-road', 'drowning']) expect(keys, key).toContain(key)
  })

  it('leaves out the canteen without a canteen and school points in a kindergarten', () => {
    expect(propose('小学', []).map((point) => point.key)).not.toContain('canteen-processing')
    const kindergarten = propose('幼儿园', []).map((point) => point.key)
    expect(kindergarten).toContain('kg-pickup')
    expect(kindergarten).toContain('kg-care')
    expect(kindergarten).not.toContain('pe-class')
  })

  it('grades with the school’s own thresholds', () => {
    // With 重大 from D > 250, the points whose highest typical D is 270 become major too.
    const strict: ValueTables = {
      ...defaultValueTables,
      lec: { ...defaultValueTables.lec, thresholds: defaultValueTables.lec.thresholds.map((threshold) => (threshold.level === 'major' ? { ...threshold, min: 250 } : threshold)) }
    }
    const keys = propose('小学', [], strict).map((point) => point.key)
    const majors = majorKeys('小学', [], strict)
    expect(majors.length).toBeGreaterThan(majorKeys('小学', []).length)
    for (const key of majors) expect(keys, key).toContain(key)
  })

  it('marks the points already added', () => {
    const proposal = propose('小学', [], defaultValueTables, ['gate'])
    expect(proposal.find((point) => point.key === 'gate')?.added).toBe(true)
    expect(proposal.filter((point) => point.added).length).toBe(1)
  })
})
