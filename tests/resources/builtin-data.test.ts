import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { libraryPointApplies, majorHazardAreas, type LibraryRiskPoint } from '../../shared/domain/library'
import { measureCategories } from '../../shared/domain/measures'
import { facilityKeys, schoolCategories } from '../../shared/domain/school'
import { grade } from '../../shared/grading/grade'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { policyKinds } from '../../shared/domain/entities'
import { builtinPosts, defaultPolicies, findBuiltinPost, riskLibrary } from '../../electron/resources/builtin'
import { builtinPostsSchema, defaultPoliciesSchema, riskLibraryJsonSchema, riskLibrarySchema } from '../../electron/resources/resource-schemas'

const risks = riskLibrary.riskPoints.flatMap((point) => point.risks)
const measures = risks.flatMap((risk) => risk.measures)

function levelOf(risk: (typeof risks)[number]) {
  return grade({ method: 'lec', lecL: risk.lec.l, lecE: risk.lec.e, lecC: risk.lec.c, lsL: null, lsS: null, directLevel: null }, defaultValueTables).level
}

/** Every text a user reads from a point: names, descriptions, hazards, measures and checks. */
function textsOf(point: LibraryRiskPoint): string[] {
  return [
    point.name,
    point.area,
    point.description,
    ...point.risks.flatMap((risk) => [
      risk.hazard,
      risk.consequence,
      ...risk.measures.flatMap((measure) => [measure.content, ...(measure.check ? [measure.check.content, measure.check.standard] : [])])
    ])
  ]
}

/**
 * Traditional forms of characters common in safety texts. A spot check, not a full converter: it catches
 * a paragraph pasted from a Traditional Chinese source.
 */
const traditionalCharacters = /[險點電車設備檢護務門衛學應當來時發關於與這個們為說後區場員動機氣體樓術實驗訓練報災滅處戶齊緊費]/u
const placeholders = /TODO|TBD|XXX|待定|待补充|占位|某某|示例|\?\?|\.\.\.|…/u

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

  it('has at least 80 points and 350 risks', () => {
    expect(riskLibrary.riskPoints.length).toBeGreaterThanOrEqual(80)
    expect(risks.length).toBeGreaterThanOrEqual(350)
  })

  it('gives every point 2 to 7 risks and every risk 3 to 7 measures', () => {
    const badPoints = riskLibrary.riskPoints.filter((point) => point.risks.length < 2 || point.risks.length > 7).map((point) => point.key)
    expect(badPoints).toEqual([])
    const badRisks = risks.filter((risk) => risk.measures.length < 3 || risk.measures.length > 7).map((risk) => risk.key)
    expect(badRisks).toEqual([])
  })

  it('lists measures in the order of the five categories', () => {
    const outOfOrder = risks.filter((risk) => {
      const positions = risk.measures.map((measure) => measureCategories.indexOf(measure.category))
      return positions.some((position, index) => index > 0 && position < positions[index - 1])
    })
    expect(outOfOrder.map((risk) => risk.key)).toEqual([])
  })

  it('gives every high and major risk a management and an emergency measure', () => {
    const missing = risks
      .filter((risk) => levelOf(risk) === 'high' || levelOf(risk) === 'major')
      .filter((risk) => !risk.measures.some((measure) => measure.category === 'management') || !risk.measures.some((measure) => measure.category === 'emergency'))
    expect(missing.map((risk) => risk.key)).toEqual([])
  })

  it('derives a check from at least 70 % of the measures', () => {
    const checked = measures.filter((measure) => measure.check).length
    expect(checked / measures.length).toBeGreaterThanOrEqual(0.7)
  })

  it('is written in Simplified Chinese without placeholders', () => {
    const traditional = riskLibrary.riskPoints.flatMap((point) => textsOf(point).filter((text) => traditionalCharacters.test(text)))
    expect(traditional).toEqual([])
    const unfinished = riskLibrary.riskPoints.flatMap((point) => textsOf(point).filter((text) => placeholders.test(text)))
    expect(unfinished).toEqual([])
  })

  it('covers every major-hazard area with at least one point', () => {
    for (const area of majorHazardAreas) {
      const points = riskLibrary.riskPoints.filter((point) => point.areas?.includes(area))
      expect(points.length, area).toBeGreaterThanOrEqual(1)
    }
  })

  it('covers kindergarten, vocational and special-education needs', () => {
    const required: Record<string, string[]> = {
      幼儿园: ['kg-nap', 'kg-toys', 'kg-pickup', 'kg-meals-medicine', 'kg-outdoor', 'kg-kitchen-access', 'kg-building'],
      中职: ['machining-workshop', 'electrical-workshop', 'auto-workshop', 'cooking-workshop', 'welding-workshop', 'internship'],
      特教学校: ['sped-wandering', 'sped-health', 'sped-behavior', 'sped-accessibility', 'sped-rehab', 'sped-home-teaching']
    }
    for (const [category, keys] of Object.entries(required)) {
      for (const key of keys) {
        const point = riskLibrary.riskPoints.find((candidate) => candidate.key === key)
        expect(point, key).toBeDefined()
        expect(point?.appliesTo.categories, key).toContain(category)
      }
    }
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

describe('docs/risk-library.schema.json', () => {
  it('is the JSON Schema of the current library schema (run `npm run cli -- library-schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/risk-library.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
    expect(committed).toEqual(JSON.parse(JSON.stringify(riskLibraryJsonSchema())))
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
