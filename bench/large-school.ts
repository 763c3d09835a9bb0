import { riskLevelInfo, riskLevels } from '../shared/domain/levels'
import { exchangeFormatName, exchangeFormatVersion, type SchoolData } from '../shared/exchange/school-data'
import { grade } from '../shared/grading/grade'
import { defaultValueTables } from '../shared/grading/value-tables'
import type { CheckItem, Post, RiskPoint, Staff } from '../shared/domain/entities'
import { builtinPosts, defaultPolicies, riskLibrary } from '../electron/resources/builtin'
import { demoSchool } from '../electron/demo/demo-school'

export interface LargeSchoolSize {
  riskPoints: number
  risksPerPoint: number
  posts: number
  staff: number
}

/** The benchmark's school: 300 risk points, 1,500 risks and 60 posts, with text taken from the library. */
export const largeSchoolSize: LargeSchoolSize = { riskPoints: 300, risksPerPoint: 5, posts: 60, staff: 150 }

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const givenNames = ['建国', '丽华', '海涛', '志强', '晓燕', '文博', '雪梅', '俊杰', '秀兰', '明', '敏', '磊', '芳', '浩', '静']

/**
 * Builds a large school as exchange data without a database, so the benchmark measures only the
 * document, sheet and package work. Text cycles through the built-in library, so it has realistic
 * length and character mix.
 */
export function buildLargeSchool(size: LargeSchoolSize = largeSchoolSize): SchoolData {
  const posts: Post[] = Array.from({ length: size.posts }, (_, index) => {
    const builtin = builtinPosts[index % builtinPosts.length]
    return {
      id: index + 1,
      code: index < builtinPosts.length ? builtin.code : null,
      name: index < builtinPosts.length ? builtin.name : `${builtin.name}（${Math.floor(index / builtinPosts.length) + 1}）`,
      department: builtin.department,
      sortOrder: index + 1,
      responsibilities: builtin.responsibilities.map((item, itemIndex) => ({ id: index * 100 + itemIndex + 1, ...item })),
      staffIds: [(index % size.staff) + 1, ((index + 60) % size.staff) + 1]
    }
  })

  const staff: Staff[] = Array.from({ length: size.staff }, (_, index) => ({
    id: index + 1,
    name: `${surnames[index % surnames.length]}${givenNames[index % givenNames.length]}`,
    phone: `139039${String(10000 + index).padStart(5, '0')}`,
    department: posts[index % posts.length].department,
    note: '',
    postIds: posts.filter((post) => post.staffIds.includes(index + 1)).map((post) => post.id)
  }))

  const libraryRisks = riskLibrary.riskPoints.flatMap((point) => point.risks.map((risk) => ({ point, risk })))
  const riskPoints: RiskPoint[] = []
  const checkItems: CheckItem[] = []
  let riskId = 0
  let measureId = 0

  for (let pointIndex = 0; pointIndex < size.riskPoints; pointIndex += 1) {
    const libraryPoint = riskLibrary.riskPoints[pointIndex % riskLibrary.riskPoints.length]
    const pointId = pointIndex + 1
    const point: RiskPoint = {
      id: pointId,
      code: `FX-${String(pointId).padStart(3, '0')}`,
      libraryKey: null,
      name: `${libraryPoint.name}（${Math.floor(pointIndex / riskLibrary.riskPoints.length) + 1}号）`,
      kind: libraryPoint.kind,
      area: `${libraryPoint.area}${(pointIndex % 7) + 1}区`,
      ownerPostId: (pointIndex % size.posts) + 1,
      ownerStaffId: (pointIndex % size.staff) + 1,
      description: libraryPoint.description,
      sortOrder: pointId,
      risks: []
    }

    for (let riskIndex = 0; riskIndex < size.risksPerPoint; riskIndex += 1) {
      const { risk } = libraryRisks[(pointIndex * size.risksPerPoint + riskIndex) % libraryRisks.length]
      riskId += 1
      const useMatrix = riskIndex % 3 === 0
      const graded = grade(
        useMatrix
          ? { method: 'ls', lecL: null, lecE: null, lecC: null, lsL: risk.ls.l, lsS: risk.ls.s, directLevel: null }
          : { method: 'lec', lecL: risk.lec.l, lecE: risk.lec.e, lecC: risk.lec.c, lsL: null, lsS: null, directLevel: null },
        defaultValueTables
      )
      const controlLevel = riskLevelInfo[graded.level].defaultControlLevel
      const currentRiskId = riskId
      point.risks.push({
        id: currentRiskId,
        riskPointId: pointId,
        libraryKey: null,
        hazard: risk.hazard,
        factorType: risk.factorType,
        consequence: risk.consequence,
        accidentTypes: risk.accidentTypes,
        method: useMatrix ? 'ls' : 'lec',
        lecL: useMatrix ? null : risk.lec.l,
        lecE: useMatrix ? null : risk.lec.e,
        lecC: useMatrix ? null : risk.lec.c,
        lsL: useMatrix ? risk.ls.l : null,
        lsS: useMatrix ? risk.ls.s : null,
        directLevel: null,
        score: graded.score,
        level: graded.level,
        controlLevel,
        ownerPostId: point.ownerPostId,
        ownerStaffId: point.ownerStaffId,
        sortOrder: currentRiskId,
        measures: risk.measures.map((measure) => {
          measureId += 1
          if (measure.check) {
            checkItems.push({
              id: checkItems.length + 1,
              riskPointId: pointId,
              measureId,
              content: measure.check.content,
              standard: measure.check.standard,
              method: measure.check.method,
              inspectionType: measure.check.inspectionType,
              frequency: measure.check.frequency,
              responsiblePostId: ((measureId * 7) % size.posts) + 1,
              edited: false,
              sortOrder: checkItems.length + 1
            })
          }
          return {
            id: measureId,
            riskId: currentRiskId,
            category: measure.category,
            content: measure.content,
            controlLevel,
            ownerPostId: point.ownerPostId,
            ownerStaffId: null,
            sortOrder: measureId
          }
        })
      })
    }
    riskPoints.push(point)
  }

  return {
    format: exchangeFormatName,
    formatVersion: exchangeFormatVersion,
    schoolFileId: '6f1d2b7c-1e4a-4c55-9a3e-2b8f0c9d7e11',
    exportedAt: new Date().toISOString(),
    appVersion: 'bench',
    school: { ...demoSchool, name: '焦作市基准测试学校', updatedAt: null },
    staff,
    posts,
    leadingGroup: {
      members: staff.slice(0, 12).map((person, index) => ({
        id: index + 1,
        staffId: person.id,
        role: index === 0 ? 'leader' : index < 3 ? 'deputy' : 'member',
        title: posts[index].name,
        duty: '负责分管范围内的风险管控和隐患排查治理',
        sortOrder: index + 1
      })),
      office: {
        name: '双重预防体系建设工作办公室',
        location: '行政楼',
        directorStaffId: 5,
        contactStaffId: 6,
        phone: '0391-3561208',
        duties: '负责日常工作',
        documentNumber: '基准〔2026〕1号',
        issuedOn: '2026-09-01'
      }
    },
    policies: defaultPolicies.map((policy, index) => ({ id: index + 1, sortOrder: index + 1, ...policy })),
    valueTables: defaultValueTables,
    riskPoints,
    checkItems
  }
}

export function describeSize(data: SchoolData): string {
  const risks = data.riskPoints.flatMap((point) => point.risks)
  const levels = riskLevels.map((level) => `${riskLevelInfo[level].shortWord} ${risks.filter((risk) => risk.level === level).length}`)
  return `${data.riskPoints.length} risk points, ${risks.length} risks (${levels.join(', ')}), ${data.posts.length} posts, ${data.checkItems.length} check items`
}
