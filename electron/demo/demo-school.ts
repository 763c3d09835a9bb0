import { riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { libraryPointApplies } from '../../shared/domain/library'
import type { School } from '../../shared/domain/school'
import { schoolInput, type RiskInput } from '../../shared/schemas/inputs'
import { deriveCheckItems } from '../checklist/check-items.service'
import { createSchoolFile } from '../db/school-file'
import { defaultOfficeDuties } from '../db/seed'
import { saveLeadingGroupMember, saveOffice } from '../leading-group/leading-group.service'
import { builtinPostsFor, listPosts, savePost, seedPosts } from '../posts/posts.service'
import { riskLibrary } from '../resources/builtin'
import { addRiskPointsFromLibrary, listRiskPoints } from '../risks/risk-points.service'
import { saveRisk } from '../risks/risks.service'
import { saveSchool } from '../school/school.service'
import { saveSettings } from '../settings/settings.service'
import { listCheckItems } from '../checklist/check-items.service'
import { saveStaff } from '../staff/staff.service'
import { saveMajorRiskPlan } from '../major-risks/major-risks.service'
import type { Db } from '../db/transaction'
import { demoStaff, demoLeadingGroup } from './demo-people'
import { addDemoRecords } from './demo-records'
import { addDemoInspections } from './demo-inspections'
import { addDemoTerm } from './demo-term'
import { demoMoment, demoToday } from './demo-dates'
import { buildDemoMap } from './demo-map'

/** The sample school: a Jiaozuo 九年一贯制 school with a canteen, boarding, a school bus and labs. */
export const demoSchool: Omit<School, 'updatedAt'> = {
  name: '焦作市山阳区育英学校',
  county: '山阳区',
  scope: '城区',
  nature: '公办',
  category: '一贯制学校',
  address: '焦作市山阳区塔南路 168 号',
  principal: '李文博',
  principalPhone: '13903910001',
  deputy: '张海涛',
  deputyPhone: '13903910002',
  contactName: '王建国',
  contactPhone: '0391-3561208',
  pupilCount: 1860,
  staffCount: 132,
  classCount: 42,
  facilities: ['canteen', 'dormitory', 'schoolBus', 'laboratory', 'boiler'],
  surroundings: '学校东临塔南路（城市主干道，上下学时段车流量大），南侧约 400 米为群英河，西侧为居民小区，北侧有在建住宅工地一处。校园内有教学楼 3 栋、实验楼 1 栋、学生宿舍楼 2 栋、食堂 1 座、风雨操场 1 座，冬季由校内燃气锅炉供暖。',
  note: '九年一贯制，寄宿生约 420 人'
}

export interface DemoSummary {
  schoolName: string
  staff: number
  posts: number
  riskPoints: number
  risks: number
  checkItems: number
  levels: Record<RiskLevel, number>
  /** The moment the sample's records run to; its outputs are generated as of then, so they print the same every time. */
  asOf?: Date
  /** Inspection records and hazards of the sample's term. */
  term?: { inspections: number; hazards: number }
}

/** Library points the demo regrades with the LS matrix, so both methods appear in its documents. */
function usesMatrix(kind: string, index: number): boolean {
  return kind === 'activity' && index % 2 === 0
}

/**
 * Fills the control plan of the canteen gas risk, one of the demo's major risks, as a school would. The other
 * major risks keep no plan, so the documents show both a finished plan and the 方案待完善 line.
 */
async function planCanteenGas(db: Db, responsibleStaffId: number | null): Promise<void> {
  const points = await listRiskPoints(db)
  const gas = points.flatMap((point) => point.risks).find((risk) => risk.libraryKey === 'canteen-gas.1' && risk.level === 'major')
  if (!gas || responsibleStaffId === null) return
  await saveMajorRiskPlan(db, {
    riskId: gas.id,
    objective: '2026年12月底前完成食堂燃气管道和阀门更换，加装泄漏报警与紧急切断装置，使风险降至较大风险及以下。',
    measures: '更换食堂全部老化燃气管道、阀门和软管，由具备资质的燃气公司施工并出具验收报告。\n加装可燃气体泄漏报警器，并与燃气紧急切断阀联动。\n改造完成前，每日开餐前由食堂管理员检查燃气设施并记录，发现异味立即停用。',
    funds: '改造资金约8万元，列入学校2026年度预算，由总务处负责落实。',
    responsibleStaffId,
    deadline: '2026-12-31',
    monitoring: '泄漏报警器每月测试一次；总务处每周检查一次改造进度和日常检查记录。',
    emergency: '发现燃气泄漏立即关闭总阀，开窗通风，严禁开关电器，疏散食堂人员并拨打119。',
    reportedOn: '2026-09-15',
    reportTo: '山阳区教育局'
  })
}

/**
 * Builds the sample school through the same services the window calls, as a school administrator
 * would: profile, roster, posts, leading group, library risk points, grading, measures and checklist.
 */
export async function buildDemoSchool(file: string): Promise<DemoSummary> {
  const schoolDb = await createSchoolFile(file, { operatorName: '王建国' })
  const { db } = schoolDb

  try {
    await saveSettings(db, { operatorName: '王建国' })
    await saveSchool(db, schoolInput.parse(demoSchool))

    const codes = builtinPostsFor(demoSchool.category, demoSchool.facilities)
      .filter((post) => post.common || ['school-doctor', 'electrician', 'psychology-teacher', 'av-teacher', 'pe-equipment-keeper', 'finance'].includes(post.code))
      .map((post) => post.code)
    await seedPosts(db, codes)
    const posts = await listPosts(db)

    const staffIds = new Map<string, number>()
    for (const person of demoStaff) {
      const saved = await saveStaff(db, { id: null, name: person.name, phone: person.phone, department: person.department, note: '' })
      staffIds.set(person.name, saved.id)
    }

    for (const post of posts) {
      const holders = demoStaff.filter((person) => person.posts.includes(post.code ?? '')).map((person) => staffIds.get(person.name) as number)
      await savePost(db, {
        id: post.id,
        name: post.name,
        department: post.department,
        responsibilities: post.responsibilities.map(({ kind, content }) => ({ kind, content })),
        staffIds: holders
      })
    }

    for (const member of demoLeadingGroup) {
      await saveLeadingGroupMember(db, { id: null, staffId: staffIds.get(member.name) as number, role: member.role, title: member.title, duty: member.duty })
    }
    await saveOffice(db, {
      name: '双重预防体系建设工作办公室',
      location: '行政楼二楼安全办',
      directorStaffId: staffIds.get('王建国') ?? null,
      contactStaffId: staffIds.get('赵晓燕') ?? null,
      phone: '0391-3561208',
      duties: defaultOfficeDuties,
      documentNumber: '育英校〔2026〕12号',
      issuedOn: '2026-09-01'
    })

    const applicable = riskLibrary.riskPoints.filter((point) => libraryPointApplies(point, demoSchool.category, demoSchool.facilities))
    await addRiskPointsFromLibrary(db, applicable.map((point) => point.key))

    const allPosts = await listPosts(db)
    /** The first person holding a post: the risk's named owner, as a school would fill it in. */
    const firstHolder = (postId: number | null): number | null => allPosts.find((post) => post.id === postId)?.staffIds[0] ?? null

    const points = await listRiskPoints(db)
    let activityIndex = 0
    for (const point of points) {
      const library = riskLibrary.riskPoints.find((candidate) => candidate.key === point.libraryKey)
      const matrix = usesMatrix(point.kind, point.kind === 'activity' ? activityIndex++ : 0)

      for (const risk of point.risks) {
        const libraryRisk = library?.risks.find((candidate) => candidate.key === risk.libraryKey)
        if (!libraryRisk) continue
        const input: RiskInput = {
          id: risk.id,
          riskPointId: point.id,
          hazard: risk.hazard,
          factorType: risk.factorType,
          consequence: risk.consequence,
          accidentTypes: risk.accidentTypes,
          method: matrix ? 'ls' : 'lec',
          lecL: libraryRisk.lec.l,
          lecE: libraryRisk.lec.e,
          lecC: libraryRisk.lec.c,
          lsL: libraryRisk.ls.l,
          lsS: libraryRisk.ls.s,
          directLevel: '',
          controlLevel: risk.controlLevel,
          ownerPostId: risk.ownerPostId,
          ownerStaffId: firstHolder(risk.ownerPostId)
        }
        await saveRisk(db, input)
      }
    }

    await deriveCheckItems(db)
    await planCanteenGas(db, staffIds.get('刘志强') ?? null)
    await buildDemoMap(db)
    await addDemoRecords(db, staffIds)
    await addDemoInspections(db, staffIds)
    const term = await addDemoTerm(db, staffIds)

    const finalPoints = await listRiskPoints(db)
    const risks = finalPoints.flatMap((point) => point.risks)
    const levels = Object.fromEntries(riskLevels.map((level) => [level, risks.filter((risk) => risk.level === level).length])) as Record<RiskLevel, number>

    return {
      schoolName: demoSchool.name,
      staff: demoStaff.length,
      posts: (await listPosts(db)).length,
      riskPoints: finalPoints.length,
      risks: risks.length,
      checkItems: (await listCheckItems(db)).length,
      levels,
      asOf: demoMoment(demoToday, 17),
      term: { inspections: (await db.selectFrom('inspection').select('id').execute()).length, hazards: term.hazards }
    }
  } finally {
    await schoolDb.close()
  }
}
