import { describe, expect, it } from 'vitest'
import { libraryPointApplies } from '../../shared/domain/library'
import { facilityKeys, schoolCategories } from '../../shared/domain/school'
import { grade } from '../../shared/grading/grade'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { policyKinds } from '../../shared/domain/entities'
import { builtinPosts, defaultPolicies, findBuiltinPost, riskLibrary } from '../../electron/resources/builtin'
import { builtinPostsSchema, defaultPoliciesSchema, riskLibrarySchema } from '../../electron/resources/resource-schemas'

const risks = riskLibrary.riskPoints.flatMap((point) => point.risks)

describe('built-in risk library', () => {
  it('matches its schema', () => {
    const result = riskLibrarySchema.safeParse(riskLibrary)
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([])
  })

  it('has unique point and risk keys', () => {
    const pointKeys = riskLibrary.riskPoints.map((point) => point.key)
    expect(new Set(pointKeys).size).toBe(pointKeys.length)
    const riskKeys = risks.map((risk) => risk.key)
    expect(new Set(riskKeys).size).toBe(riskKeys.length)
  })

  it('names only existing posts', () => {
    const codes = [
      ...riskLibrary.riskPoints.map((point) => point.ownerPostCode),
      ...risks.map((risk) => risk.ownerPostCode),
      ...risks.flatMap((risk) => risk.measures.flatMap((measure) => (measure.check ? [measure.check.postCode] : [])))
    ]
    const unknown = [...new Set(codes)].filter((code) => !findBuiltinPost(code))
    expect(unknown).toEqual([])
  })

  it('uses factor values on the scales, with LEC and LS giving the same level', () => {
    const disagreements = risks.filter((risk) => {
      const byLec = grade({ method: 'lec', lecL: risk.lec.l, lecE: risk.lec.e, lecC: risk.lec.c, lsL: null, lsS: null, directLevel: null }, defaultValueTables)
      const byLs = grade({ method: 'ls', lecL: null, lecE: null, lecC: null, lsL: risk.ls.l, lsS: risk.ls.s, directLevel: null }, defaultValueTables)
      return byLec.level !== byLs.level
    })
    expect(disagreements.map((risk) => risk.key)).toEqual([])
  })

  it('gives every school category at least 25 applicable risk points', () => {
    for (const category of schoolCategories) {
      const count = riskLibrary.riskPoints.filter((point) => libraryPointApplies(point, category, facilityKeys)).length
      expect(count, category).toBeGreaterThanOrEqual(25)
    }
  })

  it('contains major and high risks and measures in all five categories', () => {
    const levels = risks.map((risk) => grade({ method: 'lec', lecL: risk.lec.l, lecE: risk.lec.e, lecC: risk.lec.c, lsL: null, lsS: null, directLevel: null }, defaultValueTables).level)
    expect(levels.filter((level) => level === 'major').length).toBeGreaterThan(0)
    expect(levels.filter((level) => level === 'high').length).toBeGreaterThan(10)
    const categories = new Set(risks.flatMap((risk) => risk.measures.map((measure) => measure.category)))
    expect(categories.size).toBe(5)
  })
})

describe('built-in posts and policies', () => {
  it('match their schemas', () => {
    expect(builtinPostsSchema.safeParse(builtinPosts).success).toBe(true)
    expect(defaultPoliciesSchema.safeParse(defaultPolicies).success).toBe(true)
  })

  it('have unique post codes and names', () => {
    expect(new Set(builtinPosts.map((post) => post.code)).size).toBe(builtinPosts.length)
    expect(new Set(builtinPosts.map((post) => post.name)).size).toBe(builtinPosts.length)
  })

  it('have one policy of each kind', () => {
    expect(defaultPolicies.map((policy) => policy.kind).sort()).toEqual([...policyKinds].sort())
  })
})
